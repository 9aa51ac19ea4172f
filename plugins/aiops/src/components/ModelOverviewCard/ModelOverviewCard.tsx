import { InfoCard, Link } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import {
  DRIFT_STATUS_LABEL,
  GOVERNANCE_STATUS_LABEL,
  MLModelEntity,
  RUNBOOK_URL_ANNOTATION,
  isDriftStatus,
  isGovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';
import { EntityRefs } from '../EntityRefs';
import { FieldGrid } from '../FieldGrid';
import { StatusChip } from '../StatusChip';
import { formatTime } from '../displayFormats';
import { useLoopChampion } from '../../hooks/useRetraining';
import { useMonitoredModel } from '../../hooks/useMonitoredModel';

/** The key facts of an MLModel: status, risk, lineage, monitoring and registry. */
export function ModelOverviewCard() {
  const { entity } = useEntity<MLModelEntity>();
  const spec = entity.spec;
  const labels = entity.metadata.labels ?? {};
  const drift = labels[DRIFT_STATUS_LABEL];
  const governance = labels[GOVERNANCE_STATUS_LABEL];
  const features = spec.monitoring?.features ?? [];
  const runbook = entity.metadata.annotations?.[RUNBOOK_URL_ANNOTATION];
  const aliases = Object.entries(spec.registry?.aliases ?? {});
  const namespace = entity.metadata.namespace;
  // The registry's aliases in the catalog follow the registry on its next read; the
  // loop's own promotion is known now.
  const promoted = useLoopChampion(useMonitoredModel());
  // As the backend judges the champion in force: the loop's promotion, unless the
  // registry's alias has moved on from the version that promotion replaced.
  const alias = spec.registry?.aliases?.champion;
  const loopChampion =
    promoted?.promotedVersion &&
    (!alias ||
      alias === promoted.promotion?.previousVersion ||
      alias === promoted.promotedVersion);
  const loopAhead = loopChampion && alias !== promoted?.promotedVersion;
  const refs = (values: string | string[] | undefined, defaultKind: string) =>
    values?.length ? (
      <EntityRefs
        refs={values}
        defaultKind={defaultKind}
        defaultNamespace={namespace}
      />
    ) : undefined;

  return (
    <InfoCard title="Model overview">
      <FieldGrid
        fields={[
          {
            label: 'Drift status',
            value: (
              <StatusChip status={isDriftStatus(drift) ? drift : 'no-data'} />
            ),
          },
          {
            label: 'Governance status',
            value: (
              <StatusChip
                status={isGovernanceStatus(governance) ? governance : 'unknown'}
              />
            ),
          },
          { label: 'Risk tier (EU AI Act)', value: spec.riskTier },
          { label: 'Type', value: spec.type },
          { label: 'Lifecycle', value: spec.lifecycle },
          { label: 'Owner', value: refs(spec.owner, 'group') },
          {
            label: 'System',
            value: refs(spec.system, 'system'),
          },
          {
            label: 'Trained by',
            value: refs(spec.trainedBy, 'mlpipeline'),
          },
          { label: 'Served by', value: refs(spec.servedBy, 'component') },
          {
            label: 'Datasets',
            value: refs(spec.dependsOn, 'resource'),
            width: 6,
          },
          {
            label: 'Latency SLO',
            value: spec.monitoring?.latencySloMs
              ? `${spec.monitoring.latencySloMs} ms`
              : undefined,
          },
          {
            label: `Monitored features (${features.length})`,
            width: 12,
            value: features.length
              ? features.map(f => (
                  <Chip
                    key={f.name}
                    size="small"
                    variant="outlined"
                    label={`${f.name} · ${f.kind}${
                      f.test ? ` · ${f.test}` : ''
                    }`}
                  />
                ))
              : undefined,
          },
          {
            label: 'Registry',
            width: 6,
            value: spec.registry
              ? `${spec.registry.type}: ${spec.registry.modelName}${
                  aliases.length
                    ? ` (${aliases.map(([a, v]) => `${a} v${v}`).join(', ')}${
                        loopAhead ? ', as the catalog last read them' : ''
                      })`
                    : ''
                }`
              : undefined,
          },
          {
            label: 'Champion',
            width: 6,
            value: loopChampion
              ? `v${
                  promoted.promotedVersion
                }, promoted by retraining ${formatTime(
                  promoted.promotion?.promotedAt ?? null,
                )}`
              : spec.registry?.aliases?.champion &&
                `v${spec.registry.aliases.champion}`,
          },
          {
            label: 'Runbook',
            width: 6,
            value: runbook ? <Link to={runbook}>{runbook}</Link> : undefined,
          },
        ]}
      />
    </InfoCard>
  );
}
