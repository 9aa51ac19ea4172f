import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { TokenPrice } from '@unified-aiops/plugin-aiops-common';

/** Prices by provider model name (`gpt-4o-mini`, ...). */
export type TokenPrices = ReadonlyMap<string, TokenPrice>;

/** One request's token usage, as the GenAI semantic conventions count it. */
export interface TokenUsage {
  /** Input tokens, cached ones included. */
  input?: number;
  output?: number;
  /** Input tokens served from the provider's cache (part of `input`). */
  cachedInput?: number;
}

/**
 * `aiops.costs.tokenPrices` as a map; a price that is missing or negative stops the
 * backend at start, naming the entry, rather than pricing requests wrong.
 */
export function readTokenPrices(config: Config): TokenPrices {
  const prices = new Map<string, TokenPrice>();
  const entries =
    config.getOptionalConfigArray('aiops.costs.tokenPrices') ?? [];
  entries.forEach((entry, index) => {
    const model = entry.getString('model');
    const price = (key: string) => {
      const value = entry.getOptionalNumber(key);
      if (value !== undefined && !(value >= 0)) {
        throw new InputError(
          `aiops.costs.tokenPrices[${index}].${key} must be a price of 0 or more, not ${value}`,
        );
      }
      return value;
    };
    const inputPerMillion = price('inputPerMillion');
    const outputPerMillion = price('outputPerMillion');
    if (inputPerMillion === undefined || outputPerMillion === undefined) {
      throw new InputError(
        `aiops.costs.tokenPrices[${index}] (${model}) needs inputPerMillion and outputPerMillion`,
      );
    }
    if (prices.has(model)) {
      throw new InputError(
        `aiops.costs.tokenPrices names ${model} twice (entry ${index} again)`,
      );
    }
    prices.set(model, {
      inputPerMillion,
      outputPerMillion,
      cachedInputPerMillion: price('cachedInputPerMillion'),
    });
  });
  return prices;
}
