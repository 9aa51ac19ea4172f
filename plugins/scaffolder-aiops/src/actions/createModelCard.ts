import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  DATA_CLASSIFICATIONS,
  MODEL_TYPES,
  RISK_TIERS,
} from '@unified-aiops/plugin-aiops-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { examples } from './createModelCard.examples';
import { renderModelCard } from './renderModelCard';

/** `aiops:modelcard:create`: writes a model card into the task workspace. */
export function createModelCardAction() {
  return createTemplateAction({
    id: 'aiops:modelcard:create',
    description:
      "Writes a model card with the sections the governance policy's card check reads (intended use, training data, evaluation, limitations, ethical considerations); a section left empty fails the check until written",
    examples,
    // it writes into the workspace only: a dry run shows what it would write
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string().min(1).describe('Model entity name'),
        title: z => z.string().optional().describe('Human readable title'),
        owner: z => z.string().min(1).describe('Owner entity ref'),
        type: z => z.enum(MODEL_TYPES).describe('Model type'),
        riskTier: z => z.enum(RISK_TIERS).describe('EU AI Act risk tier'),
        dataClassification: z =>
          z
            .enum(DATA_CLASSIFICATIONS)
            .optional()
            .describe('How sensitive the data it reads is'),
        description: z => z.string().optional(),
        intendedUse: z =>
          z
            .string()
            .optional()
            .describe('Who uses the model, for what, and what is out of scope'),
        trainingData: z =>
          z
            .string()
            .optional()
            .describe('Datasets, time range, preprocessing, known gaps'),
        evaluation: z =>
          z
            .string()
            .optional()
            .describe('Metrics, thresholds, evaluation dataset'),
        limitations: z =>
          z.string().optional().describe('Known failure modes and mitigations'),
        ethicalConsiderations: z =>
          z
            .string()
            .optional()
            .describe('Groups evaluated for bias, measures, risks to people'),
        targetPath: z =>
          z
            .string()
            .default('docs/model-card.md')
            .describe('Path of the card inside the workspace'),
      },
      output: {
        path: z => z.string().describe('Path of the written card'),
      },
    },
    async handler(ctx) {
      const { targetPath = 'docs/model-card.md', ...card } = ctx.input;
      const target = resolveSafeChildPath(ctx.workspacePath, targetPath);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, renderModelCard(card), 'utf8');
      ctx.logger.info(`Wrote model card to ${targetPath}`);
      ctx.output('path', targetPath);
    },
  });
}
