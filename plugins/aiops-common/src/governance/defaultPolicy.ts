import { PolicyCheck } from './policy';

type DefaultCheck = Omit<PolicyCheck, 'params' | 'waivable' | 'appliesTo'> &
  Partial<Pick<PolicyCheck, 'params' | 'waivable' | 'appliesTo'>>;

/**
 * The governance checks the plugin ships with, each mapped to the framework controls it
 * gives evidence for: EU AI Act articles (Regulation (EU) 2024/1689), NIST AI RMF 1.0
 * subcategories and ISO/IEC 42001:2023 clauses and Annex A controls. Config and a policy
 * file override them by id and add more (see `resolveGovernancePolicy`).
 */
const CHECKS: DefaultCheck[] = [
  {
    id: 'owner-and-system',
    title: 'Owner and system set',
    rule: 'owner-and-system',
    severity: 'medium',
    weight: 2,
    blocksGate: false,
    remediation:
      'Set spec.owner to the accountable team and spec.system to the system the model serves.',
    controls: {
      euAiAct: ['Art. 9'],
      nistAiRmf: ['GOVERN 2.1', 'MAP 1.1'],
      iso42001: ['5.3', 'A.3.2'],
    },
  },
  {
    id: 'risk-tier',
    title: 'Risk tier declared and allowed',
    rule: 'risk-tier',
    severity: 'critical',
    weight: 5,
    blocksGate: true,
    waivable: false,
    remediation:
      'Classify the model under the EU AI Act; an unacceptable-risk practice may not be deployed at all (Art. 5).',
    controls: {
      euAiAct: ['Art. 9'],
      nistAiRmf: ['MAP 5.1', 'GOVERN 1.3'],
      iso42001: ['6.1.2', '8.2', 'A.5.2'],
    },
  },
  {
    id: 'model-card',
    title: 'Model card complete',
    rule: 'model-card',
    severity: 'high',
    weight: 3,
    blocksGate: true,
    remediation:
      'Write the intended use, limitations, training data, evaluation and ethical considerations into the model card and post it with the gate call (evidence.modelCard).',
    controls: {
      euAiAct: ['Art. 11', 'Art. 13'],
      nistAiRmf: ['MAP 1.1', 'MAP 2.1', 'GOVERN 1.4'],
      iso42001: ['7.5', 'A.6.2.7', 'A.8.2'],
    },
  },
  {
    id: 'evaluation-evidence',
    title: 'Evaluation evidence fresh and within thresholds',
    rule: 'evaluation-evidence',
    severity: 'high',
    weight: 3,
    blocksGate: true,
    remediation:
      "Post the version's evaluation metrics with the gate call from CI (evidence.metrics) and meet the policy's thresholds.",
    controls: {
      euAiAct: ['Art. 15'],
      nistAiRmf: ['MEASURE 2.1', 'MEASURE 2.3'],
      iso42001: ['9.1', 'A.6.2.4'],
    },
  },
  {
    id: 'bias-evaluation',
    title: 'Bias evaluated and within the four-fifths rule',
    rule: 'bias-evaluation',
    severity: 'high',
    weight: 3,
    blocksGate: true,
    appliesTo: { riskTiers: ['high', 'limited'] },
    remediation:
      "Evaluate the selection rate per group of each protected attribute, post it with the gate call (evidence.bias), and mitigate any group below four fifths of the most favoured one's rate.",
    controls: {
      euAiAct: ['Art. 10'],
      nistAiRmf: ['MEASURE 2.11'],
      iso42001: ['6.1.4', 'A.5.4', 'A.7.4'],
    },
  },
  {
    id: 'human-approval',
    title: 'Human approval of the current version',
    rule: 'human-approval',
    severity: 'critical',
    weight: 5,
    blocksGate: true,
    appliesTo: { riskTiers: ['high'] },
    remediation:
      'Have someone with aiops.promotion.approve review the version and record an approval on the Governance tab.',
    controls: {
      euAiAct: ['Art. 14'],
      nistAiRmf: ['GOVERN 3.2', 'MANAGE 1.1'],
      iso42001: ['8.3', 'A.6.2.5'],
    },
  },
  {
    id: 'runbook',
    title: 'Runbook present',
    rule: 'runbook',
    severity: 'medium',
    weight: 2,
    blocksGate: false,
    remediation:
      'Publish the runbooks with TechDocs (backstage.io/techdocs-ref) or link them with aiops.dev/runbook-url.',
    controls: {
      euAiAct: ['Art. 14', 'Art. 72'],
      nistAiRmf: ['MANAGE 4.1', 'MANAGE 4.3'],
      iso42001: ['A.6.2.6', '10.2'],
    },
  },
  {
    id: 'drift-resolved',
    title: 'Drift not left unresolved',
    rule: 'drift-resolved',
    severity: 'high',
    weight: 3,
    blocksGate: false,
    remediation:
      'Investigate the drifted features on the Monitoring tab, then retrain or set a new reference.',
    controls: {
      euAiAct: ['Art. 15', 'Art. 72'],
      nistAiRmf: ['MEASURE 2.4', 'MANAGE 4.1'],
      iso42001: ['9.1', 'A.6.2.6'],
    },
  },
  {
    id: 'retraining-pipeline',
    title: 'Retraining pipeline declared',
    rule: 'retraining-pipeline',
    severity: 'low',
    weight: 1,
    blocksGate: false,
    // an LLM application is prompted and grounded rather than trained
    appliesTo: {
      types: ['classification', 'regression', 'ranking', 'embedding', 'other'],
    },
    remediation:
      'Declare the MLPipeline that trains the model in spec.trainedBy, so drift can be answered by retraining.',
    controls: {
      euAiAct: ['Art. 11'],
      nistAiRmf: ['MANAGE 2.2'],
      iso42001: ['A.6.2.3', 'A.7.5'],
    },
  },
  {
    id: 'monitoring-configured',
    title: 'Monitoring configured',
    rule: 'monitoring-configured',
    severity: 'high',
    weight: 3,
    blocksGate: false,
    remediation:
      'Declare the features in spec.monitoring.features and set a reference profile from the training data (PUT .../reference).',
    controls: {
      euAiAct: ['Art. 72'],
      nistAiRmf: ['MEASURE 2.4', 'MEASURE 3.1'],
      iso42001: ['9.1', 'A.6.2.6'],
    },
  },
  {
    id: 'latency-slo',
    title: 'Latency SLO declared',
    rule: 'latency-slo',
    severity: 'low',
    weight: 1,
    blocksGate: false,
    appliesTo: { lifecycles: ['production'] },
    remediation:
      'Set spec.monitoring.latencySloMs for the p95 the service promises.',
    controls: {
      euAiAct: ['Art. 15'],
      nistAiRmf: ['MEASURE 2.5'],
      iso42001: ['A.6.2.2'],
    },
  },
  {
    id: 'inference-logging',
    title: 'Inferences logged',
    rule: 'inference-logging',
    severity: 'medium',
    weight: 2,
    blocksGate: false,
    appliesTo: { lifecycles: ['production'] },
    remediation:
      'Post the inference records of the serving service to the portal (POST .../records), so they are kept and monitored.',
    controls: {
      euAiAct: ['Art. 12', 'Art. 72'],
      nistAiRmf: ['MEASURE 2.4'],
      iso42001: ['A.6.2.8'],
    },
  },
];

/** The default policy: its checks and the levels of the score. */
export const DEFAULT_GOVERNANCE_POLICY = {
  checks: CHECKS,
  levels: [
    { name: 'gold', minScore: 90 },
    { name: 'silver', minScore: 75 },
    { name: 'bronze', minScore: 50 },
    { name: 'none', minScore: 0 },
  ],
};
