import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';

/**
 * Links to entities named in a spec, which may use short refs (`team-a`). They are made
 * full refs first: the catalog's link components only take a default kind for some forms.
 */
export function EntityRefs(props: {
  refs: string | string[] | undefined;
  defaultKind: string;
  defaultNamespace?: string;
}) {
  const refs = [props.refs ?? []].flat();
  if (!refs.length) return null;
  const full = refs.map(ref =>
    stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: props.defaultKind,
        defaultNamespace: props.defaultNamespace ?? 'default',
      }),
    ),
  );
  return <EntityRefLinks entityRefs={full} defaultKind={props.defaultKind} />;
}
