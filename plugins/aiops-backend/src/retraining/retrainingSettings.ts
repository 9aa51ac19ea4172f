import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  RetrainingTriggerInput,
  ValidationRulesInput,
  retrainingTriggerSchema,
  validationRulesSchema,
} from '@unified-aiops/plugin-aiops-common';
import { z } from 'zod';

/** The closed loop's knobs (`aiops.retraining.*`). */
export interface RetrainingSettings {
  /** The fleet's trigger policy; each model's `spec.retraining.trigger` overrides it. */
  trigger?: RetrainingTriggerInput;
  /** The fleet's validation rules; a model's `spec.retraining.validation` replaces them. */
  validation?: ValidationRulesInput;
  /** Hours of traffic before the trigger a run is told to train on. */
  dataWindowHours: number;
  /** When a pipeline sets no `spec.runner.timeoutMinutes`. */
  defaultTimeoutMinutes: number;
  /** Seconds between passes that ask the runners how their runs are doing. */
  followIntervalSeconds: number;
  /** Hours a high-risk challenger waits for a person's approval before it expires. */
  approvalExpiryHours: number;
}

function parsed<T>(key: string, schema: z.ZodType<T>, config: Config) {
  const value = config.getOptional(key);
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(
      `Invalid ${key}: ${result.error.issues
        .map(i => `${[key, ...i.path].join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return value as T;
}

/** Reads `aiops.retraining`, failing at startup on a policy or rules that do not parse. */
export function readRetrainingSettings(config: Config): RetrainingSettings {
  return {
    trigger: parsed(
      'aiops.retraining.trigger',
      retrainingTriggerSchema,
      config,
    ),
    validation: parsed(
      'aiops.retraining.validation',
      validationRulesSchema,
      config,
    ) as ValidationRulesInput | undefined,
    dataWindowHours:
      config.getOptionalNumber('aiops.retraining.dataWindowHours') ?? 168,
    defaultTimeoutMinutes:
      config.getOptionalNumber('aiops.retraining.defaultTimeoutMinutes') ?? 120,
    followIntervalSeconds:
      config.getOptionalNumber('aiops.retraining.followIntervalSeconds') ?? 30,
    approvalExpiryHours:
      config.getOptionalNumber(
        'aiops.retraining.promotion.approvalExpiryHours',
      ) ?? 72,
  };
}
