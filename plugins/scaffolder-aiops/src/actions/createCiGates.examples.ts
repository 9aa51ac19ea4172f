import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'GitHub Actions for a Python churn model: AUC at least 0.8, the four-fifths rule',
    example: yaml.stringify({
      steps: [
        {
          id: 'ci',
          action: 'aiops:ci:gates',
          name: 'Write the CI gates',
          input: {
            name: 'churn-classifier',
            ci: 'github-actions',
            runtime: 'python',
            thresholds: { auc: { min: 0.8 }, log_loss: { max: 0.45 } },
          },
        },
      ],
    }),
  },
  {
    description:
      'GitLab CI for a TypeScript LLM application: groundedness at least 0.85, p95 latency under 2.5 s',
    example: yaml.stringify({
      steps: [
        {
          id: 'ci',
          action: 'aiops:ci:gates',
          name: 'Write the CI gates',
          input: {
            name: 'support-assistant',
            namespace: 'support',
            ci: 'gitlab-ci',
            runtime: 'node',
            evaluateCommand: 'npm run evaluate -- --fixtures eval/fixtures',
            thresholds: {
              groundedness: { min: 0.85 },
              latency_p95_ms: { max: 2500 },
            },
            minDisparateImpact: 0.9,
          },
        },
      ],
    }),
  },
];
