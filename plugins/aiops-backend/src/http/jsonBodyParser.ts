import { InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';
import { IncomingMessage } from 'node:http';

/**
 * A JSON body parser for one route, bounded by `limitBytes`. Bodies over the limit are
 * refused with a 400 that names the limit and the settings it comes from (the OpenAPI
 * router answers every error before the route as an InputError).
 */
export function jsonBodyParser(options: {
  limitBytes: number;
  /** The settings the limit is derived from, named in the refusal. */
  limitFrom: string;
  verify?: (
    req: IncomingMessage,
    res: unknown,
    buf: Buffer,
    enc: string,
  ) => void;
}): RequestHandler {
  const parse = express.json({
    limit: options.limitBytes,
    verify: options.verify,
  });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (
        (error as { type?: string } | undefined)?.type === 'entity.too.large'
      ) {
        next(
          new InputError(
            `The body is larger than the ${options.limitBytes} bytes this route accepts (${options.limitFrom})`,
          ),
        );
      } else {
        next(error);
      }
    });
}
