export interface Config {
  aiops?: {
    checks?: {
      /**
       * Consecutive better results needed before the status goes down a tier (the
       * backend's hysteresis); the Monitoring tab shows progress towards it. Default 2.
       * @visibility frontend
       */
      recoveryChecks?: number;
    };
  };
}
