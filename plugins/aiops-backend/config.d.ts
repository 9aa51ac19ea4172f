export interface Config {
  /** Configuration of the AI DevOps plugins. */
  aiops?: {
    /** Record ingest. */
    ingest?: {
      /** Most records in one posted batch. Default 10000. */
      maxBatchRecords?: number;
      /** Most training records in one reference update (PUT .../reference). Default 100000. */
      maxReferenceRecords?: number;
      /**
       * Fewest records a reference may hold (training records, or a pinned window's), so
       * checks do not call noise drift. Default 100.
       */
      minReferenceRecords?: number;
      /**
       * Bytes of JSON one record may take on average. The body limits derive from it: a
       * batch may be maxBatchRecords × this, a reference maxReferenceRecords × this.
       * Default 2048.
       */
      maxRecordBytes?: number;
      /** Seconds between background folds of unfolded batches into profiles. Default 10. */
      foldIntervalSeconds?: number;
      /** Batches folded per database transaction. Default 50. */
      foldBatchSize?: number;
      /**
       * Records of batches accepted by this instance held in memory for folding, so they
       * are not read back from the database; 0 turns this off. Default 50000.
       */
      foldQueueRecords?: number;
      /** Days accepted batches are kept after folding (for replay answers). Default 7. */
      batchRetentionDays?: number;
    };
    /** Window profiles. */
    profiles?: {
      /** Length of one profile window in minutes. Default 60. */
      windowMinutes?: number;
      /** Values kept per feature for the exact drift tests. Default 500. */
      reservoirSize?: number;
      /** Categories kept per feature. Default 50. */
      maxCategories?: number;
      /** Features profiled per model. Default 200. */
      maxFeatures?: number;
      /** Days window profiles are kept. Default 30. */
      retentionDays?: number;
    };
    /** Scheduled drift checks. */
    checks?: {
      /** Minutes between checks of a model without monitoring.checkIntervalMinutes. Default 5. */
      intervalMinutes?: number;
      /** Hours of recent windows compared with the reference (monitoring.windowHours overrides). Default 24. */
      currentWindowHours?: number;
      /** Share of drifted features from which the whole dataset counts as drifted. Default 0.5. */
      datasetDriftShare?: number;
      /** Consecutive better results needed before the status goes down a tier. Default 2. */
      recoveryChecks?: number;
      /**
       * Fewest records the current window must hold before a check judges drift and the
       * service signals (monitoring.minRecords overrides); below it the check is no-data
       * and the model keeps its status. Default 500.
       */
      minCurrentRecords?: number;
      /** Days check results are kept. Default 30. */
      retentionDays?: number;
      /** Checks run in parallel by one scheduler pass. Default 8. */
      concurrency?: number;
      /**
       * A check warns when the cost per 1,000 requests is above this many times the
       * reference's. Default 1.2.
       */
      costRegressionRatio?: number;
    };
    /** KServe's inference payload logger (`/api/aiops/v1/kserve/events`). */
    kserve?: {
      /**
       * Seconds a request or response event waits, stored, for the other event of its
       * inference (same CloudEvent id) before it is folded alone (a logger in mode
       * `request` or `response` sends one of them only). Default 30.
       */
      joinWaitSeconds?: number;
    };
    /** OTLP ingest (`/api/aiops/v1/otlp/v1/traces` and `/v1/logs`). */
    otlp?: {
      /**
       * Seconds a GenAI span's record is held, durably, for the evaluations that OTLP log
       * records (`gen_ai.evaluation.result` events) report about it before it is folded;
       * an evaluation that comes later is rejected as too late. 0 folds spans at once,
       * joining only the evaluations that came before them. Default 30.
       */
      evaluationWaitSeconds?: number;
    };
    /**
     * The Prometheus source: latency quantiles, error rate, throughput, CPU, memory and
     * GPU of the models whose entities name selectors (annotations
     * `aiops.dev/prometheus-selector`, `aiops.dev/prometheus-resource-selector`), pulled
     * through the HTTP API. The server comes from here only, never from an entity.
     */
    prometheus?: {
      /** The server, e.g. http://prometheus.monitoring:9090; the source is off without it. */
      baseUrl?: string;
      /**
       * Sent as `Authorization: Bearer <token>`.
       * @visibility secret
       */
      token?: string;
      /** Seconds a query may take. Default 10. */
      timeoutSeconds?: number;
      /** Seconds between pulls, and the step of the history. Default 60. */
      intervalSeconds?: number;
      /** The `[window]` of rate() in the default queries, a PromQL duration. Default 5m. */
      rateWindow?: string;
      /** Hours the first pull of a model, or one after an outage, reads back. Default 6. */
      backfillHours?: number;
      /** Models pulled at once. Default 4. */
      concurrency?: number;
      /**
       * PromQL per figure instead of the default, with `{{selector}}`,
       * `{{resourceSelector}}` and `{{window}}` placeholders; a figure whose placeholder
       * the entity does not fill is not read. Keys: latencyP50Seconds, latencyP95Seconds,
       * latencyP99Seconds, requestsPerSecond, errorRate, cpuCores, memoryBytes,
       * gpuUtilizationPercent.
       */
      queries?: { [figure: string]: string };
    };
    /** What telemetry costs: prices that turn token usage into each request's cost. */
    costs?: {
      /**
       * USD per million tokens, by the provider's model name (a span's
       * `gen_ai.response.model`, else its `gen_ai.request.model`). Cached input tokens
       * (`gen_ai.usage.cache_read.input_tokens`, part of the input tokens) cost
       * `cachedInputPerMillion`, the input price when unset.
       */
      tokenPrices?: Array<{
        model: string;
        inputPerMillion: number;
        outputPerMillion: number;
        cachedInputPerMillion?: number;
      }>;
    };
    /** Governance policies, the CI gate, waivers and approvals. */
    governance?: {
      /**
       * A YAML policy file (relative to the backend's working directory) with `checks`
       * and `levels`, applied before the keys below (which win).
       */
      policyFile?: string;
      /**
       * Changes to the default checks by `id` (`enabled: false` drops one; `params`
       * merge over its defaults) and new checks with every field. See docs/configuration.md.
       */
      checks?: Array<{
        id: string;
        enabled?: boolean;
        title?: string;
        rule?: string;
        severity?: 'low' | 'medium' | 'high' | 'critical';
        weight?: number;
        blocksGate?: boolean;
        waivable?: boolean;
        /** The entities it applies to (each list left out matches all; MLModels are evaluated). */
        appliesTo?: {
          kinds?: Array<'MLModel' | 'MLPipeline'>;
          types?: string[];
          riskTiers?: string[];
          lifecycles?: string[];
        };
        remediation?: string;
        controls?: {
          euAiAct?: string[];
          nistAiRmf?: string[];
          iso42001?: string[];
        };
        params?: { [key: string]: unknown };
      }>;
      /** Score levels, highest first: `{ name, minScore }`. Default gold 90, silver 75, bronze 50, none 0. */
      levels?: Array<{ name: string; minScore: number }>;
      /** Minutes after which a model is re-evaluated even when none of its inputs changed. Default 5. */
      evaluationIntervalMinutes?: number;
      /** Seconds between passes that re-evaluate models whose entity changed (and those due). Default 30. */
      entityChangeSeconds?: number;
      /** Days an approval of a version stays valid. Default 90. */
      approvalValidityDays?: number;
      /** Longest a waiver may run, in days. Default 180. */
      maxWaiverDays?: number;
      /**
       * Whether the person who requested a waiver, or triggered a retraining run, may not
       * approve it (or the run's promotion). Default true. Read by the portal too, to
       * disable what the backend would refuse.
       * @visibility frontend
       */
      fourEyes?: boolean;
    };
    /** The closed retraining loop. See docs/retraining.md. */
    retraining?: {
      /**
       * When drift starts a run (a model's spec.retraining.trigger overrides each field it
       * sets). Defaults: enabled, 3 consecutive checks, warnings do not count, 1440
       * minutes cooldown, 1 run in flight per pipeline, any hour.
       */
      trigger?: {
        enabled?: boolean;
        consecutiveChecks?: number;
        onWarning?: boolean;
        cooldownMinutes?: number;
        maxConcurrentRuns?: number;
        /** UTC hours, from inclusive, to exclusive; may wrap past midnight. */
        allowedHours?: { from: number; to: number };
      };
      /**
       * How a challenger must compare with the champion (a model's
       * spec.retraining.validation replaces it). Without either, every decision fails.
       */
      validation?: {
        primary: {
          metric: string;
          direction?: 'higher' | 'lower';
          minImprovement?: number;
          maxDegradation?: number;
        };
        guardrails?: Array<{
          metric: string;
          direction: 'higher' | 'lower';
          maxRegression?: number;
        }>;
        significance?: {
          method: 'mcnemar' | 'bootstrap';
          alpha?: number;
          resamples?: number;
        };
      };
      /** Hours of traffic before the trigger a run is told to train on. Default 168. */
      dataWindowHours?: number;
      /** Minutes after which an unfinished run is timed out, for pipelines without spec.runner.timeoutMinutes. Default 120. */
      defaultTimeoutMinutes?: number;
      /** Seconds between passes that ask runners how their runs are doing. Default 30. */
      followIntervalSeconds?: number;
      /** Promotion of a passing challenger (through MLflow when aiops.mlflow is configured). */
      promotion?: {
        /** Hours a high-risk model's challenger waits for a person's approval. Default 72. */
        approvalExpiryHours?: number;
        /** The MLflow to promote in, when not aiops.mlflow (the catalog module's). */
        mlflow?: {
          baseUrl: string;
          /** @visibility secret */
          token?: string;
        };
        /** The MLflow alias of the serving version. Default champion. */
        championAlias?: string;
        /** The MLflow alias the replaced version gets. Default previous. */
        previousAlias?: string;
        /**
         * Receivers a model names in spec.retraining.promotion.webhook: each promotion and
         * rollback is POSTed to it, signed (x-aiops-signature, as the webhook runner signs).
         */
        webhooks?: {
          [name: string]: {
            url: string;
            /** @visibility secret */
            secret: string;
            /** More headers sent with each delivery. */
            headers?: { [name: string]: string };
          };
        };
        /** Tries of a promotion webhook delivery (network errors, 429, 5xx). Default 4. */
        attempts?: number;
        /** Milliseconds before the second try, doubling after. Default 1000. */
        backoffMs?: number;
        /** Seconds a delivery may take. Default 30. */
        timeoutSeconds?: number;
      };
      /** Runners registered by backend modules, each with its targets. */
      runners?: {
        /** aiopsModuleLocalRunner: commands run on the backend's host, never through a shell. */
        local?: {
          /** Where run logs and exit records are kept. Default: <tmpdir>/aiops-local-runs. */
          workDir?: string;
          /** Seconds between SIGTERM and SIGKILL of a stopped run's process group. Default 5. */
          killGraceSeconds?: number;
          targets?: {
            [name: string]: {
              command: string;
              args?: string[];
              cwd?: string;
              /**
               * Added to the run's environment (the command inherits only PATH, HOME,
               * LANG, TZ, TMPDIR and NODE_OPTIONS from the backend).
               * @visibility secret
               */
              env?: { [name: string]: string };
            };
          };
        };
        /** aiopsModuleArgoRunner: workflows submitted from a WorkflowTemplate through the Argo Server. */
        argo?: {
          targets?: {
            [name: string]: {
              /** The Argo Server, e.g. https://argo.example.com:2746 */
              baseUrl: string;
              /** Where people open workflows; baseUrl by default. */
              uiUrl?: string;
              namespace: string;
              workflowTemplate: string;
              /**
               * Bearer token of a service account allowed to submit, get and stop workflows.
               * @visibility secret
               */
              token?: string;
            };
          };
        };
        /** aiopsModuleGithubActionsRunner: workflow_dispatch; credentials from integrations.github. */
        'github-actions'?: {
          targets?: {
            [name: string]: {
              /** Host of an integrations.github entry. Default github.com. */
              host?: string;
              owner: string;
              repo: string;
              /** The workflow file name (retrain.yaml) or id. */
              workflowId: string;
              /** Git ref when the pipeline sets no spec.runner.ref. Default main. */
              ref?: string;
            };
          };
        };
        /** aiopsModuleWebhookRunner: signed POSTs to a URL. */
        webhook?: {
          /** Tries in all on network errors, timeouts, 429 and 5xx. Default 4. */
          attempts?: number;
          /** First pause between tries, doubling. Default 1000. */
          backoffMs?: number;
          /** Seconds one try may take. Default 30. */
          timeoutSeconds?: number;
          targets?: {
            [name: string]: {
              url: string;
              /**
               * Key of the HMAC-SHA256 signature.
               * @visibility secret
               */
              secret: string;
              /** @visibility secret */
              headers?: { [name: string]: string };
            };
          };
        };
      };
    };
    /** The hash-chained audit trail. */
    audit?: {
      /**
       * Days entries are kept; older ones are cut daily, the hash at the cut kept so the
       * rest still verifies. Default 0: kept forever.
       */
      retentionDays?: number;
      /** Worker threads hashing entries while the chain is verified; 0 hashes on the event loop. Default: one per core. */
      verifyThreads?: number;
    };
  };
}
