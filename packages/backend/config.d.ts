export interface Config {
  aiops?: {
    /** The demo portal's traffic simulator; off unless enabled. Never in production. */
    demo?: {
      /** Stream traffic for the example models. */
      enabled?: boolean;
      /**
       * Static token the simulator sends, as a model service would; one of
       * `backend.auth.externalAccess`.
       * @visibility secret
       */
      token?: string;
      /** Seconds between two rounds of batches (default 5). */
      intervalSeconds?: number;
      /** Seconds after start when the drifting models start to drift (default 60, counted from the first batch). */
      driftAfterSeconds?: number;
      /** Records per model per round (default 100). */
      recordsPerTick?: number;
      /** Training records posted as each model's reference (default 2000). */
      referenceRecords?: number;
      /**
       * Folder of the example models' cards (`<model name>.md`), posted to the gate as
       * their CI would (default ../../examples/model-cards, from packages/backend).
       */
      modelCardsDir?: string;
      /**
       * Models whose retraining the demo starts once, when they have no run yet (the
       * fraud model's, so its challenger awaits approval).
       */
      retrainAtStart?: string[];
      /**
       * Where the served demo models expose their metrics (GenAI operation durations,
       * container CPU and memory, GPU) for the demo's Prometheus to scrape at
       * `http://{host}:{port}/metrics`; absent: no metrics.
       */
      metrics?: {
        /** Interface to listen on (default 127.0.0.1). */
        host?: string;
        port: number;
      };
    };
  };
}
