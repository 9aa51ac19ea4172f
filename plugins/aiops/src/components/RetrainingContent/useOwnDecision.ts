import {
  configApiRef,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import useAsync from 'react-use/esm/useAsync';

/**
 * Why the signed-in user may not decide the run's promotion under four eyes (they
 * triggered the run, and aiops.governance.fourEyes is on, as by default); undefined when
 * they may. The backend refuses the same; this only says so before the click.
 */
export function useFourEyesReason(run?: RetrainingRun): string | undefined {
  const identityApi = useApi(identityApiRef);
  const configApi = useApi(configApiRef);
  const { value: identity } = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  const fourEyes =
    configApi.getOptionalBoolean('aiops.governance.fourEyes') ?? true;
  if (!fourEyes || !run || !identity) return undefined;
  if (identity.userEntityRef !== run.trigger.by) return undefined;
  return `You triggered this run, so someone else approves or rejects its promotion (four eyes: aiops.governance.fourEyes)`;
}
