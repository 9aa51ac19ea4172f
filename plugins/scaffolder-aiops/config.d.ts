export interface Config {
  aiops?: {
    scaffolder?: {
      /** What the CI that `aiops:ci:gates` writes checks, for every new repository. */
      ci?: {
        /**
         * Evaluation metric → bounds every new model's CI checks before it asks the gate,
         * e.g. `{ auc: { min: 0.75 } }`; a template's thresholds win over these.
         */
        thresholds?: {
          [metric: string]: { min?: number; max?: number };
        };
        /** Lowest disparate impact per group attribute. Default 0.8 (four fifths). */
        minDisparateImpact?: number;
        /**
         * The portal's backend URL as the CI runners reach it. Default `backend.baseUrl`.
         */
        backstageUrl?: string;
      };
    };
  };
}
