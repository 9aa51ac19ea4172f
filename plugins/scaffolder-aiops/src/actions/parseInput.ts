import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';

/** An action's input schema as `createTemplateAction` takes it: one zod factory per field. */
export type InputShape = Record<string, (zod: typeof z) => z.ZodTypeAny>;

/**
 * The input parsed with the action's own zod schema, defaults applied; an `InputError`
 * naming each field's problem otherwise. The scaffolder validates a step's input against
 * the JSON Schema made from the same zod, but that loses refinements and key patterns, and
 * a direct call (a test, another action) skips it; what an action writes into shell and
 * YAML is checked here, once more, whatever called it.
 */
export function parseInput<S extends InputShape>(
  actionId: string,
  shape: S,
  input: unknown,
): z.infer<z.ZodObject<{ [K in keyof S]: ReturnType<S[K]> }>> {
  const schema = z.object(
    Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [key, field(z)]),
    ) as { [K in keyof S]: ReturnType<S[K]> },
  );
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InputError(
    `Invalid input to ${actionId}: ${parsed.error.issues
      .map(issue => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ')}`,
  );
}
