import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  aiops?: {
    catalog?: {
      /**
       * How long the catalog keeps a model's drift and governance status before asking
       * the aiops backend again. Default 30.
       */
      statusCacheTtlSeconds?: number;
    };
    /**
     * MLflow model registry discovery. Off unless this key is present: every registered
     * model becomes an MLModel entity.
     */
    mlflow?: {
      /** Base URL of the MLflow tracking server, e.g. http://localhost:5000. */
      baseUrl: string;
      /**
       * Bearer token for the MLflow REST API.
       * @visibility secret
       */
      token?: string;
      /** How often to read the registry. Default every 30 minutes. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Spec values of discovered models whose MLflow tags do not set them. */
      defaults?: {
        /** Entity ref of the owner; the `aiops.dev/owner` tag wins. Default `unknown`. */
        owner?: string;
        /** Default `production`. */
        lifecycle?: string;
        /** The `aiops.dev/risk-tier` tag wins. Default `limited`. */
        riskTier?: 'minimal' | 'limited' | 'high' | 'unacceptable';
        /** The `aiops.dev/model-type` tag wins. Default `other`. */
        type?:
          | 'classification'
          | 'regression'
          | 'ranking'
          | 'llm'
          | 'embedding'
          | 'other';
        /** Entity ref of the system discovered models belong to. */
        system?: string;
      };
    };
  };
}
