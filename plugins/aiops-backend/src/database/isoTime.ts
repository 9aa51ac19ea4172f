/** An epoch-ms column (a number, or a string as PostgreSQL returns bigints) as ISO 8601; null stays null. */
export function isoTime(ms: unknown): string | null {
  return ms === null || ms === undefined
    ? null
    : new Date(Number(ms)).toISOString();
}
