import { CodeSnippet, EmptyState } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { ModelName } from '@unified-aiops/plugin-aiops-common';

/** Why the Monitoring tab has nothing to compare yet. */
export type MissingData = 'reference' | 'records';

function modelUrl(baseUrl: string, model: ModelName) {
  return `${baseUrl}/api/aiops/v1/models/${encodeURIComponent(
    model.namespace,
  )}/${encodeURIComponent(model.name)}`;
}

/** Explains what is missing and the request that provides it. */
export function MonitoringEmptyState(props: {
  missing: MissingData;
  model: ModelName;
}) {
  const baseUrl =
    useApi(configApiRef).getOptionalString('backend.baseUrl') ??
    'http://localhost:7007';
  const url = modelUrl(baseUrl, props.model);
  const noReference = props.missing === 'reference';
  const command = noReference
    ? `curl -X PUT ${url}/reference \\
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{"modelVersion":"7","records":[{"features":{"tenure_months":12}}]}'`
    : `curl -X POST ${url}/records \\
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{"idempotencyKey":"batch-1","records":[{"features":{"tenure_months":12}}]}'`;
  return (
    <EmptyState
      missing="data"
      title={
        noReference
          ? 'No reference profile yet'
          : 'No inference records in the current window'
      }
      description={
        noReference
          ? 'Drift is measured against a reference: the training data of the deployed model version. The training pipeline posts it when it registers a model, or you can set it yourself from training records (or pin a production window with {"pinWindow":{"from","to"}}).'
          : 'The model service has not posted inference records in the check window. Services post batches of records (features, prediction, label when known) with an idempotency key and an external access token.'
      }
      action={
        <>
          <Typography variant="body2" paragraph>
            {noReference ? 'Set the reference:' : 'Post a batch of records:'}
          </Typography>
          <CodeSnippet language="bash" text={command} showCopyCodeButton />
        </>
      }
    />
  );
}
