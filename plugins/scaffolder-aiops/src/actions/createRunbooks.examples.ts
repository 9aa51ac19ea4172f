import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Every runbook of a churn model, its model card in the nav',
    example: yaml.stringify({
      steps: [
        {
          id: 'runbooks',
          action: 'aiops:runbooks:create',
          name: 'Write the runbooks',
          input: {
            name: 'churn-classifier',
            title: 'Churn classifier',
            owner: 'group:default/customer-analytics',
            modelCardPath: 'model-card.md',
          },
        },
      ],
    }),
  },
  {
    description: 'The on-call and incident runbooks only, in a subdirectory',
    example: yaml.stringify({
      steps: [
        {
          id: 'runbooks',
          action: 'aiops:runbooks:create',
          name: 'Write the runbooks',
          input: {
            name: 'support-assistant',
            namespace: 'support',
            owner: 'group:support/support-ai',
            runbooks: ['on-call', 'incident'],
            targetPath: 'services/assistant',
          },
        },
      ],
    }),
  },
];
