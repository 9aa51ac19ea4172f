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

interface RelationField {
  refs: string | string[] | undefined;
  defaultKind: string;
  type: string;
  reverse: string;
}

/** Both directions of every relation an MLModel or MLPipeline declares in its spec. */
export function entityRelations(
  entity: MLModelEntity | MLPipelineEntity,
): EntityRelationSpec[] {
  const self = getCompoundEntityRef(entity);
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const fields: RelationField[] = [
    ownership(entity.spec.owner),
    partOf(entity.spec.system),
    ...(isMLModelEntity(entity)
      ? modelFields(entity)
      : pipelineFields(entity as MLPipelineEntity)),
  ];
  return fields.flatMap(field =>
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

function ownership(owner: string): RelationField {
  return {
    refs: owner,
    defaultKind: 'Group',
    type: RELATION_OWNED_BY,
    reverse: RELATION_OWNER_OF,
  };
}

function partOf(system: string | undefined): RelationField {
  return {
    refs: system,
    defaultKind: 'System',
    type: RELATION_PART_OF,
    reverse: RELATION_HAS_PART,
  };
}

function modelFields(entity: MLModelEntity): RelationField[] {
  return [
    {
      refs: entity.spec.dependsOn,
      defaultKind: 'Resource',
      type: RELATION_DEPENDS_ON,
      reverse: RELATION_DEPENDENCY_OF,
    },
    {
      refs: entity.spec.trainedBy,
      defaultKind: 'MLPipeline',
      type: RELATION_TRAINED_BY,
      reverse: RELATION_TRAINS,
    },
    {
      refs: entity.spec.servedBy,
      defaultKind: 'Component',
      type: RELATION_SERVED_BY,
      reverse: RELATION_SERVES,
    },
  ];
}

function pipelineFields(entity: MLPipelineEntity): RelationField[] {
  return [
    {
      refs: entity.spec.produces,
      defaultKind: 'MLModel',
      type: RELATION_TRAINS,
      reverse: RELATION_TRAINED_BY,
    },
  ];
}
