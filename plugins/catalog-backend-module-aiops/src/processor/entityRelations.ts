import {
  DEFAULT_NAMESPACE,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';
import {
  isMLModelEntity,
  MLModelEntity,
  MLPipelineEntity,
  RELATION_SERVED_BY,
  RELATION_SERVES,
  RELATION_TRAINED_BY,
  RELATION_TRAINS,
} from '@unified-aiops/plugin-aiops-common';

/** A spec field holding refs, the kind its short refs default to, and the relation both ways. */
interface RelationField {
  refs: string | string[] | undefined;
  defaultKind: string;
  type: string;
  reverse: string;
}

/** The relation fields of each kind's spec. */
function relationFields(
  entity: MLModelEntity | MLPipelineEntity,
): RelationField[] {
  const field = (
    refs: RelationField['refs'],
    defaultKind: string,
    [type, reverse]: [string, string],
  ): RelationField => ({ refs, defaultKind, type, reverse });
  const common = [
    field(entity.spec.owner, 'Group', [RELATION_OWNED_BY, RELATION_OWNER_OF]),
    field(entity.spec.system, 'System', [RELATION_PART_OF, RELATION_HAS_PART]),
  ];
  if (!isMLModelEntity(entity)) {
    const { produces } = (entity as MLPipelineEntity).spec;
    return [
      ...common,
      field(produces, 'MLModel', [RELATION_TRAINS, RELATION_TRAINED_BY]),
    ];
  }
  const { dependsOn, trainedBy, servedBy } = entity.spec;
  return [
    ...common,
    field(dependsOn, 'Resource', [RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF]),
    field(trainedBy, 'MLPipeline', [RELATION_TRAINED_BY, RELATION_TRAINS]),
    field(servedBy, 'Component', [RELATION_SERVED_BY, RELATION_SERVES]),
  ];
}

/** Both directions of every relation an MLModel or MLPipeline declares in its spec. */
export function entityRelations(
  entity: MLModelEntity | MLPipelineEntity,
): EntityRelationSpec[] {
  const self = getCompoundEntityRef(entity);
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  return relationFields(entity).flatMap(field =>
    [field.refs ?? []].flat().flatMap(ref => {
      const target = parseEntityRef(ref, {
        defaultKind: field.defaultKind,
        defaultNamespace: namespace,
      });
      return [
        { source: self, type: field.type, target },
        { source: target, type: field.reverse, target: self },
      ];
    }),
  );
}
