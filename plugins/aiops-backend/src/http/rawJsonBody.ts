import { IncomingMessage } from 'node:http';

const rawBodies = new WeakMap<
  IncomingMessage,
  { buf: Buffer; encoding: string }
>();

/** `express.json`'s `verify` hook: keeps the body's bytes so a batch can be stored as received. */
export function keepRawBody(
  req: IncomingMessage,
  _res: unknown,
  buf: Buffer,
  encoding: string,
) {
  rawBodies.set(req, { buf, encoding });
}

/** The JSON body as the client sent it (decoded text), or undefined when none was parsed. */
export function rawBodyOf(req: IncomingMessage): string | undefined {
  const raw = rawBodies.get(req);
  return raw?.buf.toString(raw.encoding as BufferEncoding);
}
