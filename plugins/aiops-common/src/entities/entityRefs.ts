import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * An entity ref as the plugins key and compare it: `kind:namespace/name`, lower-cased,
 * since the catalog treats refs case-insensitively. A short string ref takes the defaults
 * (kind and namespace); throws on a string that is not an entity ref.
 */
export function normalizeEntityRef(
  ref: string | CompoundEntityRef | Entity,
  defaults: { defaultKind?: string; defaultNamespace?: string } = {},
): string {
  const compound =
    typeof ref === 'string'
      ? parseEntityRef(ref, {
          defaultKind: defaults.defaultKind,
          defaultNamespace: defaults.defaultNamespace ?? 'default',
        })
      : ref;
  return stringifyEntityRef(compound).toLocaleLowerCase('en-US');
}

/** Whether the entity's kind is `kind`, compared as the catalog does (ignoring case). */
export function isEntityOfKind(
  entity: Pick<Entity, 'kind'> | undefined,
  kind: string,
): boolean {
  return (
    entity?.kind?.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US')
  );
}
