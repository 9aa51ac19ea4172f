import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Write the model card of a high-risk credit model',
    example: yaml.stringify({
      steps: [
        {
          id: 'model-card',
          action: 'aiops:modelcard:create',
          name: 'Write model card',
          input: {
            name: 'credit-scoring',
            title: 'Credit scoring',
            owner: 'group:default/risk-ml',
            type: 'classification',
            riskTier: 'high',
            intendedUse: 'Pre-screening of consumer credit applications',
          },
        },
      ],
    }),
  },
];
