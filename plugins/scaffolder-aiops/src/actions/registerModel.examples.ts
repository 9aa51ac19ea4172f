import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Registers a new fraud model with the monitoring its catalog-info.yaml declares, after the publish step',
    example: yaml.stringify({
      steps: [
        {
          id: 'register-model',
          action: 'aiops:model:register',
          name: 'Register the model with AI DevOps',
          input: {
            name: 'fraud-scorer',
            owner: 'group:default/team-risk',
            system: 'system:default/payments',
            repositoryUrl: 'https://github.com/acme/fraud-scorer',
            monitoring: {
              features: [
                { name: 'amount', kind: 'numerical' },
                { name: 'country', kind: 'categorical' },
              ],
              predictionField: 'is_fraud',
            },
          },
        },
      ],
    }),
  },
  {
    description: 'An LLM application with its quality signals, no system',
    example: yaml.stringify({
      steps: [
        {
          id: 'register-model',
          action: 'aiops:model:register',
          name: 'Register the model with AI DevOps',
          input: {
            name: 'support-assistant',
            owner: 'group:default/support-ai',
            monitoring: {
              llm: { hallucination: { judgeField: 'faithfulness' } },
            },
          },
        },
      ],
    }),
  },
];
