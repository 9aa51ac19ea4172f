import { Config } from '@backstage/config';
import {
  GovernancePolicy,
  PolicySource,
  resolveGovernancePolicy,
} from '@unified-aiops/plugin-aiops-common';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * The governance policy from config: the defaults, changed by the YAML policy file that
 * `aiops.governance.policyFile` names (relative to the backend's working directory), then
 * by `aiops.governance.checks` and `levels`. Throws naming the file or key of anything
 * invalid, so a bad policy stops the backend at startup.
 */
export function readGovernancePolicy(config: Config): GovernancePolicy {
  const governance = config.getOptionalConfig('aiops.governance');
  const sources: PolicySource[] = [];
  const file = governance?.getOptionalString('policyFile');
  if (file) {
    const resolved = path.resolve(file);
    let document: unknown;
    try {
      document = YAML.parse(fs.readFileSync(resolved, 'utf8'));
    } catch (error) {
      throw new Error(
        `aiops.governance.policyFile ${resolved} could not be read: ${
          (error as Error).message
        }`,
      );
    }
    const { checks, levels } = (document ?? {}) as PolicySource;
    sources.push({ name: resolved, checks, levels });
  }
  sources.push({
    name: 'aiops.governance',
    checks: governance?.getOptional('checks'),
    levels: governance?.getOptional('levels'),
  });
  return resolveGovernancePolicy(sources);
}
