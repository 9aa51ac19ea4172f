/** USD per million tokens of one provider model. */
export interface TokenPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  /** Cached input tokens; the input price when unset. */
  cachedInputPerMillion?: number;
}

/** One request's token usage, as the GenAI semantic conventions count it. */
export interface TokenUsage {
  /** Input tokens, cached ones included. */
  input?: number;
  output?: number;
  /** Input tokens served from the provider's cache (part of `input`). */
  cachedInput?: number;
}

/**
 * What a request cost at `price`: uncached input, cached input and output tokens at their
 * prices; undefined when the usage counts no tokens at all.
 */
export function costOfUsage(
  price: TokenPrice,
  usage: TokenUsage,
): number | undefined {
  const { input, output, cachedInput } = usage;
  if (input === undefined && output === undefined) return undefined;
  const cached = Math.min(cachedInput ?? 0, input ?? 0);
  const uncached = (input ?? 0) - cached;
  return (
    (uncached * price.inputPerMillion +
      cached * (price.cachedInputPerMillion ?? price.inputPerMillion) +
      (output ?? 0) * price.outputPerMillion) /
    1_000_000
  );
}
