import { MLModelEntity } from '@unified-aiops/plugin-aiops-common';
import canonicalize from 'canonicalize';
import { sha256Hex } from '../audit/sha256Hex';

/**
 * SHA-256 of what a governance evaluation reads from the entity: its name, annotations
 * and spec. Labels are left out: the catalog module stamps the status there, and a label
 * it wrote must not count as a change that calls for another evaluation.
 */
export function entityDigest(entity: MLModelEntity): string {
  const { namespace, name, annotations } = entity.metadata;
  return sha256Hex(
    canonicalize({
      metadata: { namespace: namespace ?? 'default', name, annotations },
      spec: entity.spec,
    })!,
  );
}
