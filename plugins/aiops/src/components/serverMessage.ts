/**
 * The server's reason of a failed call (the message of Backstage's error body that
 * `ResponseError` carries), else the error's own message: "Request failed with 403"
 * tells a person nothing, the four-eyes rule or the missing model does.
 */
export function serverMessage(error: unknown): string {
  const e = error as Error & { body?: { error?: { message?: string } } };
  return e.body?.error?.message ?? e.message;
}
