import { toError } from '@backstage/errors';
import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  MLModelEntity,
  validateAiopsEntity,
} from '@unified-aiops/plugin-aiops-common';
import { MlflowClient } from './MlflowClient';
import {
  MlflowModelDefaults,
  mlflowModelToEntity,
} from './mlflowModelToEntity';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 15 },
};

/** Emits an MLModel entity for every model registered in MLflow, on a schedule. */
export class MlflowEntityProvider implements EntityProvider {
  /** The provider configured under `aiops.mlflow`, or undefined when that key is absent. */
  static fromConfig(
    config: RootConfigService,
    options: { logger: LoggerService; scheduler: SchedulerService },
  ): MlflowEntityProvider | undefined {
    const mlflow = config.getOptionalConfig('aiops.mlflow');
    if (!mlflow) {
      return undefined;
    }
    const baseUrl = mlflow.getString('baseUrl');
    const schedule = mlflow.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          mlflow.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE;
    return new MlflowEntityProvider({
      baseUrl,
      client: new MlflowClient({
        baseUrl,
        token: mlflow.getOptionalString('token'),
      }),
      defaults: {
        owner: mlflow.getOptionalString('defaults.owner') ?? 'unknown',
        lifecycle:
          mlflow.getOptionalString('defaults.lifecycle') ?? 'production',
        riskTier: (mlflow.getOptionalString('defaults.riskTier') ??
          'limited') as MlflowModelDefaults['riskTier'],
        type: (mlflow.getOptionalString('defaults.type') ??
          'other') as MlflowModelDefaults['type'],
        system: mlflow.getOptionalString('defaults.system'),
      },
      logger: options.logger.child({ provider: 'mlflow' }),
      taskRunner: options.scheduler.createScheduledTaskRunner(schedule),
    });
  }

  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      baseUrl: string;
      client: MlflowClient;
      defaults: MlflowModelDefaults;
      logger: LoggerService;
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {}

  getProviderName(): string {
    return 'MlflowEntityProvider';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          // Keep the entities of the last good run rather than emptying the catalog.
          this.options.logger.error('MLflow discovery failed', toError(error));
        }
      },
    });
  }

  /** Reads the whole registry and replaces everything this provider emitted before. */
  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error('MlflowEntityProvider is not connected');
    }
    const { client, baseUrl, defaults, logger } = this.options;
    const entities = new Map<string, MLModelEntity>();
    for (const model of await client.searchRegisteredModels()) {
      const versions = await client.searchModelVersions(model.name);
      const entity = mlflowModelToEntity(model, versions, {
        baseUrl,
        defaults,
      });
      const validation = validateAiopsEntity(entity);
      if (!validation.ok || !entity.metadata.name) {
        const reasons = validation.ok
          ? 'empty name'
          : validation.errors.map(e => `${e.path}: ${e.message}`).join('; ');
        logger.warn(`Skipping MLflow model "${model.name}": ${reasons}`);
        continue;
      }
      if (entities.has(entity.metadata.name)) {
        logger.warn(
          `Skipping MLflow model "${model.name}": its entity name ${entity.metadata.name} is taken by another model`,
        );
        continue;
      }
      entities.set(entity.metadata.name, entity);
    }
    const deferred: DeferredEntity[] = [...entities.values()].map(entity => ({
      entity,
      locationKey: `${this.getProviderName()}:${baseUrl}`,
    }));
    await this.connection.applyMutation({ type: 'full', entities: deferred });
    logger.info(`MLflow discovery emitted ${deferred.length} models`);
  }
}
