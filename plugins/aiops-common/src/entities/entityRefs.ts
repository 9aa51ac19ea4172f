import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AIOPS_API_VERSION } from './constants';

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

/**
 * A full entity ref as people read it, in the catalog's own case (`team-a` in namespace
 * `default` with kind Group → `group:default/team-a`); compare refs with {@link normalizeEntityRef}.
 */
export function qualifiedEntityRef(
  ref: string,
  context: { defaultKind: string; defaultNamespace?: string },
): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind: context.defaultKind,
      defaultNamespace: context.defaultNamespace ?? 'default',
    }),
  );
}

/** A catalog entity of one of the AI DevOps kinds, with its validated spec type. */
export type AiopsEntity<Kind extends string, Spec> = Entity & {
  apiVersion: typeof AIOPS_API_VERSION;
  kind: Kind;
  spec: Spec;
};

/** Whether the entity is of the AI DevOps kind `kind` (by apiVersion and kind; the spec is not checked). */
export function isAiopsKind(entity: Entity, kind: string): boolean {
  return (
    entity.apiVersion === AIOPS_API_VERSION && isEntityOfKind(entity, kind)
  );
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
