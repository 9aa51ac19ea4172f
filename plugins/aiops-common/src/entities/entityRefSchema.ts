import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/**
 * A reference to another catalog entity, full (`group:default/ml-platform`) or short
 * (`ml-platform`, the kind then defaults to `defaultKind`).
 */
export function entityRefSchema(defaultKind: string) {
  return z
    .string()
    .min(1)
    .refine(
      value => {
        try {
          parseEntityRef(value, { defaultKind, defaultNamespace: 'default' });
          return true;
        } catch {
          return false;
        }
      },
      {
        message: `Invalid entity reference (expected [kind:][namespace/]name, kind defaults to ${defaultKind})`,
      },
    )
    .meta({ description: `Entity reference; kind defaults to ${defaultKind}` });
}

/** Loose metadata: the catalog validates the envelope, we only need a name. */
export const entityMetadataSchema = z.looseObject({
  name: z.string().min(1),
  namespace: z.string().optional(),
});
