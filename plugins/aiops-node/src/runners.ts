import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * Where a run stands as its runner sees it: the same states the backend tracks.
 *
 * @public
 */
export type RetrainingRunState =
  | 'queued'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'timed-out'
  | 'cancelled';

/**
 * What a runner is asked to start: one run of an `MLPipeline` for one `MLModel`.
 *
 * @public
 */
export interface RetrainingRunRequest {
  /** The backend's id of the run (a UUID): the idempotency key for the runner's system. */
  runId: string;
  model: {
    /** The model's entity ref, e.g. `mlmodel:default/churn-model`. */
    entityRef: string;
    /** The version serving now (the champion), when the entity says. */
    version?: string;
  };
  pipeline: {
    entityRef: string;
    /**
     * The target named by the pipeline's `spec.runner.target`: a key of the runner's own
     * config (`aiops.retraining.runners.<type>.targets`), never a URL or a command.
     */
    target: string;
    /** `spec.runner.ref`, e.g. a git ref. */
    ref?: string;
    /** `spec.runner.parameters`. */
    parameters: Record<string, string>;
  };
  trigger: {
    kind: 'drift' | 'manual';
    /** The user or service that asked, or `aiops:drift` for the loop itself. */
    by: string;
    reason: string;
  };
  /** The traffic the challenger should be trained on (ISO 8601). */
  dataWindow: { from: string; to: string };
  /**
   * The backend's URLs the run reports to (POST, authenticated with an external access
   * token): the challenger's evaluation, and state changes the runner cannot be asked for.
   */
  callbacks: { evaluationUrl: string; statusUrl: string };
  /** When the backend times the run out if it has not finished (ISO 8601). */
  deadline: string;
}

/**
 * How a started run is found again in the runner's system.
 *
 * @public
 */
export interface RetrainingRunHandle {
  /** The run's id in the runner's system (a workflow run id, a workflow name, a process id). */
  externalId: string;
  /** A link to the run for people. */
  externalUrl?: string;
  /** `running` when the runner knows the run has started; `queued` by default. */
  state?: 'queued' | 'running';
}

/**
 * A started run, as the backend asks its runner about it.
 *
 * @public
 */
export interface RetrainingRunRef {
  runId: string;
  target: string;
  externalId: string;
}

/**
 * What a runner knows of a run.
 *
 * @public
 */
export interface RetrainingRunReport {
  state: RetrainingRunState;
  /** Why it is in this state, for a failed or cancelled run especially. */
  reason?: string;
  externalUrl?: string;
  /** A link to the run's logs. */
  logUrl?: string;
  /** The end of the run's output, when the runner holds it. */
  logs?: string;
}

/**
 * Starts and follows runs of one kind of pipeline system. The backend calls `start`
 * once per run and `status` while the run is in flight; a runner retries what is safe
 * to retry itself and throws when a run could not be started or read (the error's
 * message becomes the run's reason).
 *
 * @public
 */
export interface RetrainingRunner {
  /** The `spec.runner.type` of the pipelines it runs, e.g. `github-actions`. */
  readonly type: string;
  /** Starts a run. */
  start(request: RetrainingRunRequest): Promise<RetrainingRunHandle>;
  /**
   * What the runner's system says of a run now; `undefined` when it cannot tell (the run
   * reports through the backend's status callback instead, or the runner lost track of
   * it): the run keeps its state until it reports or times out.
   */
  status(run: RetrainingRunRef): Promise<RetrainingRunReport | undefined>;
  /** Stops a run, where the system can. */
  cancel?(run: RetrainingRunRef): Promise<void>;
}

/**
 * Registers retraining runners with the aiops backend plugin.
 *
 * @public
 */
export interface AiopsRetrainingRunnersExtensionPoint {
  /** Adds runners; one runner per `type`. */
  addRunner(...runners: RetrainingRunner[]): void;
}

/**
 * The extension point a backend module uses to add a retraining runner:
 *
 * ```ts
 * createBackendModule({
 *   pluginId: 'aiops',
 *   moduleId: 'runner-kubeflow',
 *   register(env) {
 *     env.registerInit({
 *       deps: { runners: aiopsRetrainingRunnersExtensionPoint, config: coreServices.rootConfig },
 *       async init({ runners, config }) {
 *         runners.addRunner(new KubeflowRunner(config));
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * @public
 */
export const aiopsRetrainingRunnersExtensionPoint =
  createExtensionPoint<AiopsRetrainingRunnersExtensionPoint>({
    id: 'aiops.retraining.runners',
  });
