/**
 * Why a whole pull could not read the server: unreachable, timed out, a 5xx, a redirect
 * or an answer that is not the HTTP API's. The model's figures are `no-data` with it.
 */
export class PrometheusUnavailableError extends Error {
  name = 'PrometheusUnavailableError';
}

/** Why one query failed while the server answered (bad_data, execution, ...). */
export class PrometheusQueryError extends Error {
  name = 'PrometheusQueryError';
}

/** A query's one value at one time; null when the answer held no series or NaN. */
export interface InstantValue {
  value: number | null;
  /** Why `value` is null: no series, NaN, or more series than the figure can be. */
  missing?: string;
}

/** One series of a range query: [epoch seconds, value or null for NaN]. */
export type RangePoints = Array<[number, number | null]>;

interface ApiAnswer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: {
    resultType?: string;
    result?: unknown;
  };
}

/**
 * The Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`) of the one server the
 * config names. Queries go as form bodies (POST, as the API allows, so long selectors fit);
 * redirects are not followed, so the server cannot send the backend elsewhere.
 */
export class PrometheusClient {
  constructor(
    private readonly options: {
      baseUrl: string;
      token?: string;
      timeoutMs: number;
    },
  ) {}

  /** The server, for messages. */
  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** `/api/v1/query` at `time` (epoch seconds). */
  async query(query: string, time: number): Promise<InstantValue> {
    const data = await this.call('query', { query, time: String(time) });
    const series = vectorOrScalar(data);
    if (series.length === 0) {
      return { value: null, missing: `no series for ${query}` };
    }
    if (series.length > 1) {
      return {
        value: null,
        missing: `${series.length} series for ${query}; a figure is one (aggregate it, e.g. sum(...))`,
      };
    }
    const value = sampleValue(series[0]);
    return value === null ? { value, missing: `NaN for ${query}` } : { value };
  }

  /**
   * `/api/v1/query_range` from `start` to `end` (epoch seconds) every `step` seconds: the
   * one series' points, empty when the answer held none.
   */
  async queryRange(
    query: string,
    range: { start: number; end: number; step: number },
  ): Promise<{ points: RangePoints; missing?: string }> {
    const data = await this.call('query_range', {
      query,
      start: String(range.start),
      end: String(range.end),
      step: String(range.step),
    });
    if (data.resultType !== 'matrix' || !Array.isArray(data.result)) {
      throw new PrometheusUnavailableError(
        `${this.baseUrl} answered a ${data.resultType} to a range query, not a matrix`,
      );
    }
    const matrix = data.result as Array<{ values?: unknown }>;
    if (matrix.length === 0) {
      return { points: [], missing: `no series for ${query}` };
    }
    if (matrix.length > 1) {
      return {
        points: [],
        missing: `${matrix.length} series for ${query}; a figure is one (aggregate it, e.g. sum(...))`,
      };
    }
    const values = Array.isArray(matrix[0].values) ? matrix[0].values : [];
    return {
      points: values.map(pair => [Number(pair[0]), sampleValue(pair)]),
    };
  }

  private async call(
    endpoint: 'query' | 'query_range',
    params: Record<string, string>,
  ): Promise<NonNullable<ApiAnswer['data']>> {
    const url = `${this.baseUrl}/api/v1/${endpoint}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          ...(this.options.token
            ? { authorization: `Bearer ${this.options.token}` }
            : {}),
        },
        body: new URLSearchParams(params).toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new PrometheusUnavailableError(
        `Prometheus at ${this.baseUrl} could not be reached: ${reasonOf(
          error,
          this.options.timeoutMs,
        )}`,
      );
    }
    if (response.status >= 300 && response.status < 400) {
      throw new PrometheusUnavailableError(
        `Prometheus at ${this.baseUrl} answered a redirect (${
          response.status
        }) to ${
          response.headers.get('location') ?? 'nowhere'
        }; redirects are not followed: aiops.prometheus.baseUrl must be the server itself`,
      );
    }
    let answer: ApiAnswer;
    try {
      answer = (await response.json()) as ApiAnswer;
    } catch {
      throw new PrometheusUnavailableError(
        `Prometheus at ${this.baseUrl} answered ${response.status} without the HTTP API's JSON (is aiops.prometheus.baseUrl a Prometheus server?)`,
      );
    }
    if (answer.status === 'success' && answer.data) return answer.data;
    const why = `${answer.errorType ?? response.status}: ${
      answer.error ?? response.statusText
    }`;
    // 400 bad_data and 422 execution are the query's fault; anything else is the server's
    if (response.status === 400 || response.status === 422) {
      throw new PrometheusQueryError(
        `Prometheus rejected ${params.query}: ${why}`,
      );
    }
    throw new PrometheusUnavailableError(
      `Prometheus at ${this.baseUrl} answered ${response.status} (${why})`,
    );
  }
}

function vectorOrScalar(data: NonNullable<ApiAnswer['data']>): unknown[][] {
  if (data.resultType === 'scalar' && Array.isArray(data.result)) {
    return [data.result as unknown[]];
  }
  if (data.resultType === 'vector' && Array.isArray(data.result)) {
    return (data.result as Array<{ value?: unknown }>).map(series =>
      Array.isArray(series.value) ? series.value : [],
    );
  }
  throw new PrometheusQueryError(
    `the query answered a ${data.resultType}, not a single value`,
  );
}

/** A sample `[time, "value"]`: the number, or null for NaN and ±Inf. */
function sampleValue(pair: unknown[]): number | null {
  const value = Number(pair[1]);
  return Number.isFinite(value) ? value : null;
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: unknown };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return `no answer within ${
      timeoutMs / 1000
    } s (aiops.prometheus.timeoutSeconds)`;
  }
  const cause = err.cause as { code?: string; message?: string } | undefined;
  return cause?.code
    ? `${cause.code}${cause.message ? ` (${cause.message})` : ''}`
    : err.message ?? String(error);
}
