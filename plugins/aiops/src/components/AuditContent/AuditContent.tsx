import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { AuditVerification } from '@unified-aiops/plugin-aiops-common';
import { useState } from 'react';
import { aiopsApiRef } from '../../api/AiopsApi';
import { useModelAudit } from '../../hooks/useModelAudit';
import { useMonitoredModel } from '../../hooks/useMonitoredModel';
import { AuditTrailTable } from './AuditTrailTable';

/** What the verification of the whole chain says, in a sentence. */
export function VerificationAlert(props: { verification: AuditVerification }) {
  const { valid, entries, firstInvalid, checkpoint } = props.verification;
  if (valid) {
    return (
      <Alert severity="success">
        The audit chain is intact: all {entries} entries verified
        {checkpoint
          ? `, continuing from the retention checkpoint at entry ${checkpoint.sequence}`
          : ''}
        .
      </Alert>
    );
  }
  return (
    <Alert severity="error">
      The audit chain is broken at entry {firstInvalid!.sequence}:{' '}
      {firstInvalid!.reason}. Entries from there on cannot be trusted.
    </Alert>
  );
}

/** Saves text as a file the browser downloads. */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The Audit tab of an MLModel: the verification of the whole hash-chained trail, the
 * model's entries, and exports an auditor can verify offline.
 */
export function AuditContent() {
  const model = useMonitoredModel();
  const api = useApi(aiopsApiRef);
  const { entityRef, entries, verification } = useModelAudit(model);
  const [exportError, setExportError] = useState<Error>();
  const exportAs = (format: 'jsonl' | 'csv', whole: boolean) => async () => {
    setExportError(undefined);
    try {
      const text = await api.exportAudit({
        format,
        ...(whole ? {} : { entityRef }),
      });
      download(
        text,
        `aiops-audit-${whole ? 'chain' : model.name}.${format}`,
        format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      );
    } catch (error) {
      setExportError(error as Error);
    }
  };
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title="Verification">
          {verification.error && (
            <ResponseErrorPanel error={verification.error} />
          )}
          {!verification.value && !verification.error && <Progress />}
          {verification.value && (
            <VerificationAlert verification={verification.value} />
          )}
          <Box mt={2}>
            <Typography variant="body2" paragraph>
              Each entry holds the SHA-256 of its canonical JSON and of the
              entry before it, so any edit, deletion or reordering breaks the
              chain. Export the whole chain and check it without trusting this
              portal:{' '}
              <code>
                npx -p @unified-aiops/plugin-aiops-common aiops-audit-verify
                chain.jsonl
              </code>
            </Typography>
            <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
              <Button variant="outlined" onClick={exportAs('jsonl', true)}>
                Export the whole chain (JSON Lines)
              </Button>
              <Button variant="outlined" onClick={exportAs('jsonl', false)}>
                This model's entries (JSON Lines)
              </Button>
              <Button variant="outlined" onClick={exportAs('csv', false)}>
                This model's entries (CSV)
              </Button>
            </Box>
            {exportError && (
              <Box mt={1}>
                <Alert severity="error">{exportError.message}</Alert>
              </Box>
            )}
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        {entries.error && <ResponseErrorPanel error={entries.error} />}
        {!entries.value && !entries.error && <Progress />}
        {entries.value && (
          <AuditTrailTable
            entries={entries.value.items}
            subtitle={`${entries.value.items.length} entries of ${entityRef}${
              entries.value.nextCursor
                ? ', the oldest first (export for all)'
                : ''
            }`}
          />
        )}
      </Grid>
    </Grid>
  );
}
