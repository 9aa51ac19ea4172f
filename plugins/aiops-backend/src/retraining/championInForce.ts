import { ModelInfo } from '../models/ModelDirectory';
import { RetrainingRunStore } from './RetrainingRunStore';

/**
 * The version serving as the model's champion: the one the loop promoted last, while the
 * catalog's registry alias still names the version that promotion replaced (the catalog
 * reads the registry again only on its next refresh) or the model names no registry;
 * otherwise the registry's `champion` alias, which also follows a champion set outside
 * the loop. Undefined when neither is known.
 */
export async function championInForce(
  runs: Pick<RetrainingRunStore, 'latestPromoted'>,
  model: ModelInfo,
): Promise<string | undefined> {
  const alias = model.entity.spec.registry?.aliases?.champion;
  const promoted = await runs.latestPromoted(model.modelRef);
  const version = promoted?.promotedVersion;
  if (!version) return alias;
  if (!alias || alias === promoted.promotion?.previousVersion) return version;
  return alias;
}
