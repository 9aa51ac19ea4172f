/** An HTTP answer worth asking again: the server was busy or broke, not the request. */
function retryable(status: number) {
  return status === 429 || status >= 500;
}

async function reasonOf(response: Response) {
  const text = (await response.text().catch(() => '')).trim();
  return `${response.status} ${response.statusText}${
    text ? `: ${text.slice(0, 300)}` : ''
  }`;
}

/**
 * The answer of a call made once (not safe to repeat, or repeated by the next pass):
 * returns it when 2xx, else throws an error naming `what` and the answer.
 */
export async function requireOk(
  what: string,
  response: Response,
): Promise<Response> {
  if (response.ok) return response;
  throw new Error(`${what} answered ${await reasonOf(response)}`);
}

/**
 * Calls `request` until it answers 2xx: network errors, timeouts, 429 and 5xx are tried
 * again up to `attempts` times in all, `backoffMs` doubling between them; any other
 * answer fails at once. Throws an error naming `what` and the last answer.
 */
export async function retrying(
  what: string,
  request: () => Promise<Response>,
  options: { attempts: number; backoffMs: number },
): Promise<Response> {
  let last = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) {
      await new Promise(resolve =>
        setTimeout(resolve, options.backoffMs * 2 ** (attempt - 2)),
      );
    }
    let response: Response;
    try {
      response = await request();
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause;
      last = cause?.message ?? (error as Error).message;
      continue;
    }
    if (response.ok) return response;
    last = await reasonOf(response);
    if (!retryable(response.status)) {
      throw new Error(`${what} answered ${last}`);
    }
  }
  throw new Error(
    `${what} failed after ${options.attempts} attempts; last: ${last}`,
  );
}
