// Generated from plugins/aiops-backend/src/schema/openapi.yaml by `yarn openapi:generate` in plugins/aiops-backend; do not edit.
/* eslint-disable */
export interface paths {
  '/v1/fleet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every MLModel the caller may see, with drift and governance status and counts by status
     * @description Permission: aiops.model.read. The drift status comes from the checks, not the labels.
     */
    get: operations['getFleet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/status/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Drift and governance status of up to 1000 models
     * @description Permission: aiops.model.read. One item per ref, in order; unknown models, and models a person's catalog visibility hides, are no-data.
     */
    post: operations['getStatuses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/records': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ingest a batch of inference records
     * @description Permission: aiops.records.create; audited as records-ingest. The idempotency key is
     *     required, in the body or in the `Idempotency-Key` header (both, differing: 400). An
     *     accepted batch is committed before the 202 and folded into window profiles in the
     *     background. A repeated key with the same body gets the first answer again with
     *     `Idempotent-Replayed: true`, applying nothing; with another body it is a 409. Any bad
     *     record rejects the whole batch (400 naming the record and field), as does a record
     *     timed more than 5 minutes ahead of the server or older than the profile retention.
     */
    post: operations['postRecords'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/reference': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Set the reference profile from training records or a pinned production window
     * @description Permission: aiops.reference.update; audited as reference-set. A pinned range covers every profile window it touches, whole; the answer gives those bounds.
     */
    put: operations['setReference'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/status': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Current drift status and the latest check
     * @description Permission: aiops.model.read.
     */
    get: operations['getModelStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/checks': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Check history, newest first
     * @description Permission: aiops.model.read.
     */
    get: operations['getChecks'];
    put?: never;
    /**
     * Fold pending batches and run a check now
     * @description Permission: aiops.check.run; audited as check-run.
     */
    post: operations['runCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/profiles': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The current window's merged profile against the reference, for charts
     * @description Permission: aiops.model.read. Every profile window the range touches is read whole, and the answer's window gives those bounds.
     */
    get: operations['getProfiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/governance': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The model's latest evaluation against the governance policy
     * @description Permission: aiops.model.read. Evaluated on a schedule and whenever an input changes (evidence, waiver, approval, drift status); evaluated now when the model has none yet.
     */
    get: operations['getGovernance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/gates': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The model's recorded gate calls, newest first
     * @description Permission: aiops.model.read.
     */
    get: operations['listGates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/gate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The CI gate: may this model version ship?
     * @description Permission: aiops.gate.evaluate; audited as gate-evaluate. CI posts the version's
     *     evidence (evaluation metrics, bias selection rates, the model card) with a user's
     *     or an external access token. The evidence is stored for that version (unless
     *     `dryRun`), the policy evaluated for it, and the decision recorded in the audit
     *     trail; the same inputs give the same decision. `fail` when a check that blocks the
     *     gate fails.
     */
    post: operations['evaluateGate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/waivers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The model's waivers, newest first, in every state
     * @description Permission: aiops.model.read.
     */
    get: operations['listWaivers'];
    put?: never;
    /**
     * Request a waiver of one check until a time
     * @description Permission: aiops.waiver.create; audited as waiver-request. It counts once someone with aiops.governance.waive approves it. The check must be in the policy and the expiry in the future, at most aiops.governance.maxWaiverDays ahead.
     */
    post: operations['requestWaiver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/waivers/{waiverId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
        waiverId: components['parameters']['waiverId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a requested waiver; it counts from now until its expiry
     * @description Permission: aiops.governance.waive; audited as waiver-approve. Only a requested, unexpired waiver can be approved (409 otherwise).
     */
    post: operations['approveWaiver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/waivers/{waiverId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
        waiverId: components['parameters']['waiverId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a waiver (requested or active); it stops counting at once
     * @description Permission: aiops.governance.waive; audited as waiver-revoke. A revoked or expired waiver cannot be revoked again (409).
     */
    delete: operations['revokeWaiver'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The decisions people recorded on the model's versions, newest first
     * @description Permission: aiops.model.read.
     */
    get: operations['listApprovals'];
    put?: never;
    /**
     * Approve or reject a model version, with a comment
     * @description Permission: aiops.promotion.approve; audited as approval-record. Only a person can decide (a service token gets 403); an approval is valid for aiops.governance.approvalValidityDays.
     */
    post: operations['recordApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/report': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The model's compliance report
     * @description Permissions: aiops.model.read and aiops.audit.read (the report holds an audit excerpt); audited as report-read. Checks, evidence, waivers, approvals, the audit excerpt, and each framework control with the checks that give evidence for it.
     */
    get: operations['getModelReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/systems/{namespace}/{name}/report': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: string;
        /** @description Catalog name of the System */
        name: string;
      };
      cookie?: never;
    };
    /**
     * The compliance reports of every model of a system the caller may see
     * @description Permissions: aiops.model.read and aiops.audit.read; audited as report-read. 404 when the system has no model the caller may see.
     */
    get: operations['getSystemReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/governance/portfolio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Governance figures of the fleet by owner and by system
     * @description Permission: aiops.model.read.
     */
    get: operations['getPortfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The model's retraining runs, newest first
     * @description Permission: aiops.model.read. The per-example results (validation.*.examples) are left out; GET /v1/runs/{runId} has them.
     */
    get: operations['listRetrainingRuns'];
    put?: never;
    /**
     * Starts a run of the model's retraining pipeline (spec.trainedBy) now
     * @description Permission: aiops.retraining.trigger; audited as retraining-trigger. 409 when the model names no pipeline, or the pipeline already has its maximum of runs in flight. The run is dispatched before the answer: a runner that refuses it leaves it failed, with the reason.
     */
    post: operations['triggerRetraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pipelines/{namespace}/{name}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The MLPipeline's retraining runs across the models it trains, newest first
     * @description Permission: aiops.model.read. 404 when the caller cannot see the pipeline; runs of models the caller cannot see are left out, and so are the per-example results (GET /v1/runs/{runId} has them).
     */
    get: operations['listPipelineRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    /**
     * One retraining run, with the end of its output where the runner holds it
     * @description Permission: aiops.model.read, and the run's model visible to the caller.
     */
    get: operations['getRetrainingRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{runId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancels a run in flight
     * @description Permission: aiops.retraining.trigger; audited as retraining-cancel. 409 when the run has finished, or its runner cannot stop runs (the webhook runner).
     */
    post: operations['cancelRetrainingRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{runId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The pipeline reports a state change of its run (the callback of runners that cannot be asked)
     * @description Permission: aiops.retraining.report (a service principal: the shipped policy denies it to people); audited as retraining-status. 409 when the run has finished already.
     */
    post: operations['reportRunStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{runId}/evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The pipeline reports the challenger's evaluation beside the champion's; the validation gate decides
     * @description Permission: aiops.retraining.report (a service principal); audited as retraining-evaluation. The run ends succeeded (its challenger exists) with the decision of the model's validation rules (spec.retraining.validation over aiops.retraining.validation), every rule with both values. A reference (the challenger's training records) becomes the drift reference if the challenger is promoted; the body may then be as large as a PUT .../reference. 409 when the run was cancelled or timed out, or already has an evaluation.
     */
    post: operations['reportRunEvaluation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{runId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A person approves the promotion of a run's challenger (high-risk models)
     * @description Permission: aiops.promotion.approve; audited as promotion-approve. Only a person (a service token gets 403), and not the one who triggered the run while aiops.governance.fourEyes is on (403). 409 when the run awaits no approval, or the approval expired. The challenger is promoted at once.
     */
    post: operations['approvePromotion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{runId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A person rejects the promotion of a run's challenger
     * @description Permission: aiops.promotion.approve; audited as promotion-reject. The same rules as approving.
     */
    post: operations['rejectPromotion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undoes the model's latest promotion: the previous champion and its drift reference back
     * @description Permission: aiops.model.rollback; audited as model-rollback. Sets the registry alias back to the version the promotion replaced and restores the drift reference it moved. 409 when no promotion is left to undo.
     */
    post: operations['rollbackModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/registration': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Who registered the model, from which template, and whether its reference came
     * @description Permission: aiops.model.read. 404 for a model no template registered, or one the catalog does not (yet) show the caller.
     */
    get: operations['getModelRegistration'];
    /**
     * Registers a model a template creates, on behalf of the user who ran it
     * @description Permission: aiops.model.register; audited as model-register and appended to the audit trail. Works before the catalog holds the entity. 201 when stored, 200 when the same registration was stored before (a re-run), 409 when the model was registered with other content.
     */
    put: operations['registerModel'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/resources': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Latency quantiles, error rate, throughput, CPU, memory and GPU from Prometheus
     * @description Permission: aiops.model.read. Pulled from the server aiops.prometheus.baseUrl names, with the queries built from the annotations aiops.dev/prometheus-selector (service metrics) and aiops.dev/prometheus-resource-selector (containers, GPUs).
     */
    get: operations['getModelResources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/otlp/v1/traces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * OTLP/HTTP trace export of GenAI spans (an OpenTelemetry exporter's or Collector's endpoint + /v1/traces)
     * @description Permission: aiops.records.create; audited as otlp-traces-ingest. Content-Type application/x-protobuf (ExportTraceServiceRequest; the exporters' default) or application/json (OTLP/JSON); Content-Encoding gzip accepted. Spans with gen_ai.operation.name become inference records of the MLModel named by the resource attribute aiops.model.ref, else by the annotations aiops.dev/otel-service-name (service.name) and aiops.dev/genai-model (gen_ai.request.model); stored before the answer, a retried export of the same spans is a replay. The answer is an ExportTraceServiceResponse in the request's encoding: partialSuccess.rejectedSpans counts the spans of no known model or outside the retention window, errorMessage names why (and the non-GenAI spans skipped). 400 for a body that does not decode.
     */
    post: operations['ingestOtlpTraces'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/otlp/v1/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * OTLP/HTTP log export of GenAI evaluation events (an OpenTelemetry exporter's or Collector's endpoint + /v1/logs)
     * @description Permission: aiops.records.create; audited as otlp-logs-ingest. Content-Type application/x-protobuf (ExportLogsServiceRequest) or application/json (OTLP/JSON); Content-Encoding gzip accepted. Log records whose event name is gen_ai.evaluation.result are stored and join the GenAI span whose trace and span ids they carry, before or after it arrives (spans wait aiops.otlp.evaluationWaitSeconds for them), as judge scores by gen_ai.evaluation.name. The answer is an ExportLogsServiceResponse in the request's encoding: partialSuccess.rejectedLogRecords counts the evaluations of no known model, without span ids or evaluation name, or arriving after their span was folded; errorMessage names why (and the other log records skipped). 400 for a body that does not decode.
     */
    post: operations['ingestOtlpLogs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/kserve/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * CloudEvents of KServe's inference payload logger (point an InferenceService's logger.url here)
     * @description Permission: aiops.records.create; audited as kserve-events-ingest. One CloudEvent in binary mode (ce-* headers, the inference body as the data; how KServe's logger sends) or structured mode (application/cloudevents+json), or a batch (application/cloudevents-batch+json). Types org.kubeflow.serving.inference.request and .response; the MLModel is the one annotated aiops.dev/kserve-inference-service with the events' namespace/inferenceservicename extensions. A request's V1 instances or V2 (Open Inference Protocol) input tensors become features (positional values take the entity's monitored feature names, in order), a response's V1 predictions or V2 output tensor (the one named the entity's predictionField, else the first) the predictions; the two are joined by the event id and their time difference is the latency. Each event is stored before the answer; a pair folds when its second event arrives, an event alone after aiops.kserve.joinWaitSeconds; a redelivered event is not folded twice. 400 for a body that is no CloudEvent, another type, a missing extension, a time that is no RFC 3339 time or older than the profile retention, or a payload that does not read; 404 for an InferenceService no MLModel names; each counted under the kserve source.
     */
    post: operations['ingestKserveEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What each telemetry source sent since the start, accepted, rejected and skipped
     * @description Permission: aiops.model.read. Counted in the database, across replicas.
     */
    get: operations['listIngestSources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit trail, oldest first, filtered and paged; or its export
     * @description Permission: aiops.audit.read; audited as audit-read. `format=json` (default)
     *     answers a page (`limit`, then `cursor`); `jsonl` and `csv` stream every entry of the
     *     filter as a file. An export without `entityRef` is the chain itself, which the
     *     offline verifier (`aiops-audit-verify` in `@unified-aiops/plugin-aiops-common`)
     *     checks without trusting the server.
     */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the whole audit chain
     * @description Permission: aiops.audit.read. Recomputes every hash in order and names the first entry that was edited, deleted or moved.
     */
    get: operations['verifyAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A model a golden-path template creates, registered before its catalog-info.yaml is in the catalog */
    ModelRegistrationRequest: {
      /** @description Owner entity ref, as spec.owner will say (kind defaults to group) */
      owner: string;
      /** @description System entity ref (kind defaults to system) */
      system?: string | null;
      /** @description spec.monitoring of the entity to come; validated against the MLModel schema (the answer names the field) */
      monitoring: {
        [key: string]: unknown;
      };
      /**
       * Format: uri
       * @description The new repository
       */
      repositoryUrl?: string | null;
      /** @description The template that created it */
      templateRef?: string | null;
    };
    /** @description A model registered by a template; its reference comes from the release job of its CI */
    ModelRegistration: {
      entityRef: string;
      /** @description Normalized owner ref */
      owner: string;
      /** @description Normalized system ref */
      system: string | null;
      /** @description As registered (the MLModel schema's defaults applied) */
      monitoring: {
        [key: string]: unknown;
      };
      repositoryUrl: string | null;
      templateRef: string | null;
      /** @description Who ran the template (the scaffolder calls on their behalf) */
      registeredBy: string;
      /** Format: date-time */
      registeredAt: string;
      reference: {
        /**
         * @description pending until a reference is uploaded (the CI release job does it)
         * @enum {string}
         */
        status: 'pending' | 'set';
        /** Format: date-time */
        updatedAt: string | null;
      };
    };
    /** @description Backstage's error body */
    ErrorBody: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method: string;
        url: string;
      };
      response: {
        statusCode: number;
      };
    };
    /**
     * @description Drift status of a model; no-data until a check could judge
     * @enum {string}
     */
    DriftStatus: 'no-data' | 'ok' | 'warning' | 'drift';
    /**
     * @description Governance status of a model; unknown until a policy evaluated it
     * @enum {string}
     */
    GovernanceStatus: 'unknown' | 'compliant' | 'at-risk' | 'non-compliant';
    /**
     * @description A drift test, named as Evidently names it
     * @enum {string}
     */
    DriftTest:
      | 'ks'
      | 'wasserstein'
      | 'psi'
      | 'jensenshannon'
      | 'chisquare'
      | 'z';
    /** @description A value of a feature, prediction or label */
    RecordScalar: number | string | boolean | null;
    /** @description LLM quality signals of one inference, as a judge or the application reports them */
    LlmSignals: {
      /** @description Verdict of the hallucination judge */
      hallucination?: boolean;
      /** @description Scores of named judges (e.g. faithfulness), usually in [0, 1] */
      judgeScores?: {
        [key: string]: number;
      };
      /** @description Labels of named judges (e.g. groundedness "ungrounded"), as OpenTelemetry's gen_ai.evaluation.score.label */
      judgeLabels?: {
        [key: string]: string;
      };
      promptTokens?: number;
      completionTokens?: number;
    };
    /** @description One inference record a model service posts */
    InferenceRecord: {
      /**
       * Format: date-time
       * @description Time of the inference; the time of ingest when absent
       */
      timestamp?: string;
      /** @description Feature values by name; a model that declares monitoring.predictionField or labelField may carry its prediction and label here under those names */
      features: {
        [key: string]: components['schemas']['RecordScalar'];
      };
      prediction?: components['schemas']['RecordScalar'];
      label?: components['schemas']['RecordScalar'];
      latencyMs?: number;
      llm?: components['schemas']['LlmSignals'];
      /** @description Group attributes (e.g. `{ gender: 'f' }`) for bias measures */
      groups?: {
        [key: string]: string;
      };
      costUsd?: number;
    };
    IdempotencyKey: string;
    IngestRequest: {
      idempotencyKey?: components['schemas']['IdempotencyKey'];
      /** @description At most aiops.ingest.maxBatchRecords records */
      records: components['schemas']['InferenceRecord'][];
    };
    /** @description Answer to an accepted, durable batch */
    IngestAccepted: {
      batchId: string;
      accepted: number;
    };
    /** @description Either training records folded into the reference profile, or a production window pinned as the reference (not both); at least aiops.ingest.minReferenceRecords records */
    ReferenceUpdate: {
      /** @description At most aiops.ingest.maxReferenceRecords records */
      records?: components['schemas']['InferenceRecord'][];
      pinWindow?: {
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
      };
      modelVersion?: string;
    };
    /** @description Where a model's reference profile came from */
    ReferenceInfo: {
      /** @enum {string} */
      source: 'records' | 'window';
      modelVersion: string | null;
      /**
       * Format: date-time
       * @description Start of the pinned range, whole profile windows; null for training records
       */
      windowFrom: string | null;
      /**
       * Format: date-time
       * @description End of the pinned range (exclusive); null for training records
       */
      windowTo: string | null;
      recordCount: number;
      /** Format: date-time */
      updatedAt: string;
      /**
       * Format: date-time
       * @description Drift checks compare only traffic from this time on (its profile window); set when a promotion made this the reference, so traffic the replaced version served is not held against the new one. Null compares the whole check window
       */
      comparedFrom: string | null;
    };
    SampleCounts: {
      reference: number;
      current: number;
    };
    /** @description Outcome of one feature's (or the prediction's) drift test */
    FeatureCheckResult: {
      name: string;
      /** @enum {string} */
      kind: 'numerical' | 'categorical';
      /**
       * @description no-data also when the test could not run; error then says why
       * @enum {string}
       */
      decision: 'ok' | 'drift' | 'no-data';
      test: components['schemas']['DriftTest'] | null;
      statistic: number | null;
      pValue: number | null;
      threshold: number | null;
      /**
       * @description profile: the whole window, from the profile's counts or sketch; reservoir: the profiles' uniform samples (every value while the window fits in them)
       * @enum {string}
       */
      method: 'profile' | 'reservoir';
      /** @description Values the test used */
      sampleSizes: components['schemas']['SampleCounts'];
      /** @description Values the windows held */
      population: components['schemas']['SampleCounts'];
      /** @description Whether the test saw a sample rather than every value */
      sampled: boolean;
      /** @description Why the test could not run (e.g. a pinned test the feature's values cannot take) */
      error?: string;
      /** @description Why the test differs from the one the rule would choose, or had nothing to measure (e.g. a single category on both sides), when it does */
      note?: string;
    };
    /** @description Group fairness of binary decisions */
    FairnessResult: {
      /** @description Share of positive decisions per group value */
      selectionRates: {
        [key: string]: number;
      };
      /** @description Highest selection rate minus the lowest */
      demographicParityDifference: number;
      /** @description Lowest selection rate over the highest; null (undefined, 0 / 0) when no group is ever selected */
      disparateImpactRatio: number | null;
      /** @description Disparate impact below 0.8 (EEOC four-fifths rule); an undefined ratio is no violation */
      fourFifthsViolation: boolean;
      /** @description True- and false-positive rates per group, where the records carried binary labels; null when too few did. Absent from checks stored before it existed */
      equalizedOdds?: components['schemas']['EqualizedOdds'] | null;
    };
    /** @description Equalized odds (Hardt et al.): does the model say yes as often to the actually positive, and as rarely to the actually negative, in every group */
    EqualizedOdds: {
      /** @description Share predicted positive among the actually positive, per group with such records */
      truePositiveRates: {
        [key: string]: number;
      };
      /** @description Share predicted positive among the actually negative, per group with such records */
      falsePositiveRates: {
        [key: string]: number;
      };
      /** @description Highest true-positive rate minus the lowest; null when no group has actual positives */
      truePositiveRateDifference: number | null;
      /** @description Highest false-positive rate minus the lowest; null when no group has actual negatives */
      falsePositiveRateDifference: number | null;
      /** @description Equalized-odds difference: the larger of the two rate differences (Fairlearn's equalized_odds_difference) */
      difference: number;
    };
    HallucinationTally: {
      judged: number;
      hallucinations: number;
      rate: number;
    };
    /** @description Hallucination-rate shift: two-proportion z-test on the judge verdicts */
    LlmCheckResult: {
      reference: components['schemas']['HallucinationTally'];
      current: components['schemas']['HallucinationTally'];
      pValue: number;
      /** @description Least rise that counts (thresholds.hallucinationRateIncrease), 0 when unset */
      minIncrease: number;
      regression: boolean;
    };
    /** @description Group fairness of the positive predictions, current against reference */
    BiasCheckResult: {
      groupField: string;
      reference: components['schemas']['FairnessResult'] | null;
      /** @description Null when fewer than two groups have minGroupRecords records (insufficientData says which) */
      current: components['schemas']['FairnessResult'] | null;
      minDisparateImpact: number;
      maxParityDifference: number | null;
      /** @description Bound on the equalized-odds difference (bias.maxEqualizedOddsDifference); null when only reported. Absent from checks stored before it existed */
      maxEqualizedOddsDifference?: number | null;
      /** @description Groups with fewer records are left out of the measures (their rates are noise). Absent from checks stored before it existed */
      minGroupRecords?: number;
      /** @description Why the current window cannot be judged, naming the groups too small; null when it can. Absent from checks stored before it existed */
      insufficientData?: string | null;
      regression: boolean;
    };
    /** @description Latency quantiles in ms, from the profiles' sketches (2% relative accuracy) */
    LatencyQuantiles: {
      p50: number;
      p95: number;
      p99: number;
    };
    /** @description Latency regression against the reference and the SLO */
    LatencyCheckResult: {
      reference: components['schemas']['LatencyQuantiles'] | null;
      current: components['schemas']['LatencyQuantiles'];
      sloMs: number | null;
      /** @description Current p95 above the SLO */
      sloBreach: boolean;
      /** @description Current p95 more than 1.2 times the reference p95 */
      regression: boolean;
    };
    /** @description What a window's requests cost, from the records' costUsd (posted, or priced from token usage by aiops.costs.tokenPrices) */
    CostFigures: {
      /** @description Records in the window */
      records: number;
      /** @description Records that carry a cost */
      costed: number;
      totalUsd: number;
      /** @description USD per 1,000 costed requests; null when none carries a cost */
      perThousandUsd: number | null;
      /** @description Prompt and completion tokens per record; null without token counts */
      tokensPerRequest: number | null;
    };
    /** @description Cost per 1,000 requests against the reference's */
    CostCheckResult: {
      reference: components['schemas']['CostFigures'] | null;
      current: components['schemas']['CostFigures'];
      /** @description aiops.checks.costRegressionRatio (default 1.2) */
      maxIncreaseRatio: number;
      /** @description Current cost per 1,000 requests above maxIncreaseRatio times the reference's */
      regression: boolean;
    };
    /** @description A serving source's figures over a window, each the median of its samples there; null where no sample had the figure */
    ServingFigures: {
      /** @description Samples the source stored in the window */
      samples: number;
      latencyP95Seconds: number | null;
      /** @description Failed requests over all requests, 0 to 1 */
      errorRate: number | null;
      requestsPerSecond: number | null;
    };
    /** @description The serving figures Prometheus reported over the check's window, against the window of the same length before it: latency regression and SLO, error rate */
    ServingCheckResult: {
      /** @enum {string} */
      source: 'prometheus';
      current: components['schemas']['ServingFigures'];
      /** @description The window of the same length before the check's; null without samples there */
      baseline: components['schemas']['ServingFigures'] | null;
      /** @description The model's latencySloMs; judged here only when the records carry no latency (their sketches are exact to 2%, a histogram quantile is estimated within its bucket) */
      sloMs: number | null;
      /** @description The model's monitoring.maxErrorRate; null when the error rate is reported, not judged */
      maxErrorRate: number | null;
      /** @description p95 above sloMs; null when the SLO is not judged here because the model's records carry latency (the latency section judges it) */
      sloBreach: boolean | null;
      errorBreach: boolean;
      /** @description p95 latency above 1.2 times the baseline's; never without a baseline (the regression rule needs samples from the window before) */
      regression: boolean;
    };
    /** @description What one check found, before hysteresis */
    DriftCheckResult: {
      status: components['schemas']['DriftStatus'];
      reason: string;
      records: components['schemas']['SampleCounts'];
      features: components['schemas']['FeatureCheckResult'][];
      prediction: components['schemas']['FeatureCheckResult'] | null;
      driftedShare: number;
      datasetDrift: boolean;
      datasetDriftShare: number;
      /** @description Fewest current-window records the check needed to judge; below it the check is no-data and the model keeps its status. Absent from checks stored before it existed. */
      minCurrentRecords?: number;
      window: {
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
      };
      reference: components['schemas']['ReferenceInfo'] | null;
      /** @description Absent from checks stored before the LLM sections existed */
      llm?: components['schemas']['LlmCheckResult'] | null;
      bias?: components['schemas']['BiasCheckResult'] | null;
      latency?: components['schemas']['LatencyCheckResult'] | null;
      /** @description Absent from checks stored before the cost section existed; null when the window's records carry no cost */
      cost?: components['schemas']['CostCheckResult'] | null;
      /** @description Absent from checks stored before the serving section existed; null when no Prometheus sample falls in the window */
      serving?: components['schemas']['ServingCheckResult'] | null;
    };
    /** @description One stored drift check */
    DriftCheck: {
      id: string;
      entityRef: string;
      /** Format: date-time */
      checkedAt: string;
      /** @enum {string} */
      trigger: 'schedule' | 'manual';
      /** @description Tier of this check alone */
      resultStatus: components['schemas']['DriftStatus'];
      /** @description Model status after hysteresis */
      status: components['schemas']['DriftStatus'];
      result: components['schemas']['DriftCheckResult'];
    };
    DriftCheckList: {
      items: components['schemas']['DriftCheck'][];
    };
    /** @description Current drift status of a model with its latest check */
    ModelDriftStatus: {
      entityRef: string;
      status: components['schemas']['DriftStatus'];
      pendingStatus: components['schemas']['DriftStatus'] | null;
      pendingCount: number;
      /** @description Consecutive better results needed before the status goes down a tier (hysteresis) */
      recoveryChecks: number;
      /** Format: date-time */
      lastCheckedAt: string | null;
      /** Format: date-time */
      changedAt: string | null;
      latest: components['schemas']['DriftCheck'] | null;
    };
    /** @description An OTLP/JSON ExportTraceServiceRequest (checked in full by the receiver; unknown fields ignored as OTLP requires) */
    OtlpJsonRequest: {
      resourceSpans?: Record<string, never>[];
    };
    /** @description OTLP's ExportTraceServiceResponse; partialSuccess only when spans were rejected or skipped */
    OtlpTraceResponse: {
      partialSuccess?: {
        rejectedSpans: number;
        errorMessage: string;
      };
    };
    /** @description An OTLP/JSON ExportLogsServiceRequest (checked by the receiver; unknown fields ignored as OTLP requires) */
    OtlpJsonLogsRequest: {
      resourceLogs?: Record<string, never>[];
    };
    /** @description OTLP's ExportLogsServiceResponse; partialSuccess only when log records were rejected or skipped */
    OtlpLogsResponse: {
      partialSuccess?: {
        rejectedLogRecords: number;
        errorMessage: string;
      };
    };
    IngestSource: {
      /** @description otlp-traces, otlp-logs or kserve */
      source: string;
      accepted: number;
      rejected: number;
      /** @description Items not of the source's kind (spans without gen_ai.operation.name, log records that are no evaluation) */
      skipped: number;
      /** Format: date-time */
      lastReceivedAt: string;
      /** @description The most frequent reason of the latest export with rejections */
      lastRejection: string | null;
      /** Format: date-time */
      lastRejectedAt: string | null;
    };
    /** @description The figures at one time, each the value of its query; null where the query had none. Only the figures the model has a query for are present. */
    ResourceFigures: {
      latencyP50Seconds?: number | null;
      latencyP95Seconds?: number | null;
      latencyP99Seconds?: number | null;
      requestsPerSecond?: number | null;
      /** @description Failed requests over all requests, 0 to 1 */
      errorRate?: number | null;
      /** @description CPU in use, in cores */
      cpuCores?: number | null;
      memoryBytes?: number | null;
      gpuUtilizationPercent?: number | null;
    };
    ResourceSample: {
      /** Format: date-time */
      at: string;
      figures: components['schemas']['ResourceFigures'];
    };
    /** @description A model's latency, error rate, throughput and resource use as the configured Prometheus reports them */
    ModelResources: {
      /** @enum {string} */
      source: 'prometheus';
      /** @description The range the queries' rates and quantiles are taken over (aiops.prometheus.rateWindow, e.g. 5m) */
      rateWindow: string;
      /**
       * @description not-configured when no server is configured or the entity names no selector; no-data when the latest pull read nothing (reason says why)
       * @enum {string}
       */
      status: 'ok' | 'no-data' | 'not-configured';
      /** @description Why the status is not ok */
      reason?: string;
      /**
       * Format: date-time
       * @description When the latest pull ran; absent before the first
       */
      pulledAt?: string;
      /** @description The PromQL query of each figure the model has */
      queries: {
        [key: string]: string;
      };
      /** @description Why a figure had no value in the latest pull (no series, NaN, the query rejected) */
      missing: {
        [key: string]: string;
      };
      latest?: components['schemas']['ResourceSample'];
      /** @description Samples of the hours asked, oldest first, at most 360 evenly spread */
      history: components['schemas']['ResourceSample'][];
    };
    KserveIngestAnswer: {
      /** @description Events stored */
      accepted: number;
      /** @description Events that completed their inference's request and response pair, folded at once */
      joined: number;
    };
    IngestSourceList: {
      items: components['schemas']['IngestSource'][];
    };
    /** @description One model of the fleet as the fleet page lists it */
    FleetModel: {
      entityRef: string;
      name: string;
      /** @description Absent when the entity has none */
      title?: string;
      owner: string;
      /** @description Absent when the entity is part of no system */
      system?: string;
      type: string;
      riskTier: string;
      lifecycle: string;
      driftStatus: components['schemas']['DriftStatus'];
      governanceStatus: components['schemas']['GovernanceStatus'];
      /**
       * @description in-flight: a retraining run is queued or running; awaiting-approval: a passing challenger waits for a person
       * @enum {string}
       */
      retraining: 'idle' | 'in-flight' | 'awaiting-approval';
      /** @description The latest check's cost per 1,000 requests and whether it rose past aiops.checks.costRegressionRatio; null when the model's records carry no cost */
      cost: {
        perThousandUsd: number;
        regression: boolean;
      } | null;
      /** @description The newest sample the Prometheus source stored of the model (latency, errors, throughput, CPU, memory, GPU); null when it has none */
      resources: components['schemas']['ResourceSample'] | null;
    };
    /** @description The whole fleet with counts by status */
    FleetSummary: {
      total: number;
      retraining: {
        /** @description Models with a retraining run queued or running */
        inFlight: number;
        /** @description Models whose passing challenger waits for a person's approval */
        awaitingApproval: number;
      };
      byDriftStatus: {
        'no-data': number;
        ok: number;
        warning: number;
        drift: number;
      };
      byGovernanceStatus: {
        unknown: number;
        compliant: number;
        'at-risk': number;
        'non-compliant': number;
      };
      models: components['schemas']['FleetModel'][];
    };
    StatusBatchRequest: {
      entityRefs: string[];
    };
    /** @description Status of one model as the catalog module stamps it */
    ModelStatusItem: {
      /** @description The ref as asked */
      entityRef: string;
      driftStatus: components['schemas']['DriftStatus'];
      governanceStatus: components['schemas']['GovernanceStatus'];
    };
    ModelStatusList: {
      items: components['schemas']['ModelStatusItem'][];
    };
    /** @description Quantiles and moments of numeric values; null without values */
    NumericStats: {
      count: number;
      mean: number | null;
      std: number | null;
      min: number | null;
      max: number | null;
      p50: number | null;
      p95: number | null;
      p99: number | null;
    };
    /** @description What a chart shows of one feature in one profile */
    FeatureStats: {
      count: number;
      nulls: number;
      numeric: components['schemas']['NumericStats'];
      topCategories: {
        value: string;
        count: number;
      }[];
      otherCategories: number;
    };
    /** @description Reference and current side by side, binned on shared edges */
    FeatureComparison: {
      name: string;
      /** @enum {string} */
      kind: 'numerical' | 'categorical';
      current: components['schemas']['FeatureStats'] | null;
      reference: components['schemas']['FeatureStats'] | null;
      /** @description Numerical: edges.length - 1 bins; categorical: one bin per category */
      histogram: {
        labels: string[];
        edges?: number[];
        current: number[];
        reference: number[];
      };
    };
    /** @description Whole-profile counts and signals */
    ProfileTotals: {
      records: number;
      /** Format: date-time */
      firstTimestamp: string | null;
      /** Format: date-time */
      lastTimestamp: string | null;
      latencyMs: components['schemas']['NumericStats'];
      llm: {
        judged: number;
        hallucinations: number;
        hallucinationRate: number | null;
        judgeScores: {
          [key: string]: {
            count: number;
            mean: number;
          };
        };
        promptTokens: number;
        completionTokens: number;
      };
      costUsd: number;
      /** @description Group attribute → value → records and share of positive predictions */
      groups: {
        [key: string]: {
          [key: string]: {
            count: number;
            positiveRate: number;
          };
        };
      };
    };
    /** @description The current window's merged profile against the reference, for charts */
    ModelProfiles: {
      entityRef: string;
      /** @description Bounds of the profile windows read (whole windows) and how many held records */
      window: {
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
        windows: number;
      };
      referenceSource: components['schemas']['ReferenceInfo'] | null;
      current: components['schemas']['ProfileTotals'];
      reference: components['schemas']['ProfileTotals'] | null;
      features: components['schemas']['FeatureComparison'][];
      prediction: components['schemas']['FeatureComparison'] | null;
      /** @description The ground truth where records carry it (label, or the entity's labelField column) */
      label: components['schemas']['FeatureComparison'] | null;
    };
    /**
     * @description Outcome of one governance check
     * @enum {string}
     */
    GovernanceResult: 'pass' | 'fail' | 'warning' | 'not-applicable' | 'waived';
    /** @enum {string} */
    GovernanceSeverity: 'critical' | 'high' | 'medium' | 'low';
    /** @description The framework controls a check gives evidence for */
    FrameworkControls: {
      /** @description EU AI Act articles, e.g. Art. 11 */
      euAiAct: string[];
      /** @description NIST AI RMF 1.0 subcategories, e.g. MEASURE 2.11 */
      nistAiRmf: string[];
      /** @description ISO/IEC 42001:2023 clauses and Annex A controls, e.g. A.6.2.7 */
      iso42001: string[];
    };
    /** @description One check of a model against the governance policy, with the evidence it read */
    GovernanceCheck: {
      id: string;
      title: string;
      severity: components['schemas']['GovernanceSeverity'];
      weight: number;
      /** @description Whether a failure of this check fails the CI gate */
      blocksGate: boolean;
      result: components['schemas']['GovernanceResult'];
      reason: string;
      remediation: string;
      controls: components['schemas']['FrameworkControls'];
      /** @description What the check read to decide, e.g. the sections found in the model card */
      evidence: {
        [key: string]: unknown;
      };
      /** @description The active waiver that turned a failure into `waived` */
      waiver: components['schemas']['Waiver'] | null;
    };
    /** @description A model evaluated against the governance policy */
    GovernanceEvaluation: {
      entityRef: string;
      /** @description The version evaluated (for the model itself, its current version; null when none is known) */
      modelVersion: string | null;
      status: components['schemas']['GovernanceStatus'];
      /** @description Weighted share of passed checks, 0–100 (waived counts as passed, not-applicable not at all) */
      score: number;
      /** @description The policy's level for the score (gold, silver, bronze or none by default) */
      level: string;
      checks: components['schemas']['GovernanceCheck'][];
      /** Format: date-time */
      evaluatedAt: string;
    };
    /** @description What CI measured for the model version */
    GateEvidence: {
      /** @description Evaluation metrics by name, e.g. { accuracy: 0.91 } */
      metrics?: {
        [key: string]: number;
      };
      /** @description Selection rate per group for each attribute, e.g. { gender: { f: 0.31, m: 0.34 } } */
      bias?: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description The model card's Markdown (Hugging Face front matter accepted) */
      modelCard?: string;
    };
    GateRequest: {
      /** @description The MLModel, e.g. mlmodel:default/churn-classifier */
      entityRef: string;
      modelVersion: string;
      commitSha?: string;
      /** Format: uri */
      runUrl?: string;
      evidence: components['schemas']['GateEvidence'];
      /** @description Evaluate only; store nothing */
      dryRun?: boolean;
    };
    GateCheck: {
      id: string;
      title: string;
      result: components['schemas']['GovernanceResult'];
      reason: string;
      /** @description How to make the check pass (absent from gate records stored before it existed) */
      remediation?: string;
      controls: components['schemas']['FrameworkControls'];
      blocksGate: boolean;
    };
    /** @description The gate's answer for one model version */
    GateDecision: {
      /**
       * @description fail when a check that blocks the gate fails
       * @enum {string}
       */
      decision: 'pass' | 'fail';
      entityRef: string;
      modelVersion: string;
      status: components['schemas']['GovernanceStatus'];
      score: number;
      level: string;
      checks: components['schemas']['GateCheck'][];
      /** Format: date-time */
      evaluatedAt: string;
      /** @description Whether the evidence and decision were stored (false for a dry run) */
      recorded: boolean;
      gateId: string | null;
    };
    /** @description One recorded gate call with its evidence and decision */
    GateRecord: {
      id: string;
      entityRef: string;
      modelVersion: string;
      commitSha: string | null;
      runUrl: string | null;
      /** @enum {string} */
      decision: 'pass' | 'fail';
      status: components['schemas']['GovernanceStatus'];
      score: number;
      actor: string;
      /** Format: date-time */
      recordedAt: string;
      evidence: components['schemas']['GateEvidence'];
      checks: components['schemas']['GateCheck'][];
    };
    GateRecordList: {
      items: components['schemas']['GateRecord'][];
    };
    /** @description An accepted exception to one check for one model, until it expires */
    Waiver: {
      id: string;
      entityRef: string;
      checkId: string;
      reason: string;
      /**
       * @description Only an active waiver counts; one past its expiry is expired by itself
       * @enum {string}
       */
      state: 'requested' | 'active' | 'expired' | 'revoked';
      requestedBy: string;
      /** Format: date-time */
      requestedAt: string;
      approvedBy: string | null;
      /** Format: date-time */
      approvedAt: string | null;
      /** Format: date-time */
      expiresAt: string;
      revokedBy: string | null;
      /** Format: date-time */
      revokedAt: string | null;
    };
    WaiverRequest: {
      checkId: string;
      reason: string;
      /** Format: date-time */
      expiresAt: string;
    };
    WaiverList: {
      items: components['schemas']['Waiver'][];
    };
    /** @description A person's decision on a model version */
    Approval: {
      id: string;
      entityRef: string;
      modelVersion: string;
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      approver: string;
      comment: string;
      /** Format: date-time */
      decidedAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @enum {string} */
      state: 'valid' | 'expired';
    };
    ApprovalRequest: {
      modelVersion: string;
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      comment: string;
    };
    ApprovalList: {
      items: components['schemas']['Approval'][];
    };
    /** @description One entry of the hash-chained audit trail */
    AuditEntry: {
      sequence: number;
      /** Format: date-time */
      time: string;
      /** @description A user (user:default/jane), a service principal, or plugin:aiops for the product's own decisions */
      actor: string;
      /** @description What happened, e.g. gate-decision, waiver-approve, governance-status-change */
      action: string;
      entityRef: string | null;
      /** @description What the action decided or changed */
      details: {
        [key: string]: unknown;
      };
      /** @description The previous entry's hash (64 zeros before the first) */
      prevHash: string;
      /** @description SHA-256 (hex) of the RFC 8785 canonical JSON of the entry without its hash */
      hash: string;
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      /** @description Pass as cursor for the next page; null on the last */
      nextCursor: string | null;
    };
    AuditVerification: {
      valid: boolean;
      /** @description Entries read */
      entries: number;
      firstInvalid: {
        sequence: number;
        reason: string;
      } | null;
      /** @description Where the chain starts after retention cut older entries, and the hash it continues from */
      checkpoint: {
        sequence: number;
        hash: string;
      } | null;
    };
    /** @description One framework control and the checks that give evidence for it */
    ControlMapping: {
      /** @enum {string} */
      framework: 'euAiAct' | 'nistAiRmf' | 'iso42001';
      control: string;
      checks: {
        id: string;
        title: string;
        result: components['schemas']['GovernanceResult'];
      }[];
    };
    /** @description Everything a compliance officer reads for one model */
    ComplianceReport: {
      model: {
        entityRef: string;
        name: string;
        title: string;
        owner: string;
        system: string | null;
        type: string;
        riskTier: string;
        lifecycle: string;
      };
      /** Format: date-time */
      generatedAt: string;
      governance: components['schemas']['GovernanceEvaluation'];
      /** @description The latest gate calls, newest first */
      gates: components['schemas']['GateRecord'][];
      waivers: components['schemas']['Waiver'][];
      approvals: components['schemas']['Approval'][];
      /** @description The model's latest audit entries, newest first */
      audit: components['schemas']['AuditEntry'][];
      controls: components['schemas']['ControlMapping'][];
    };
    PortfolioGroup: {
      key: string;
      models: number;
      compliant: number;
      atRisk: number;
      nonCompliant: number;
      unknown: number;
      meanScore: number | null;
    };
    /** @description Governance figures of the models the caller may see, by owner and by system */
    GovernancePortfolio: {
      byOwner: components['schemas']['PortfolioGroup'][];
      bySystem: components['schemas']['PortfolioGroup'][];
    };
    /** @description The compliance reports of a system's models, with its figures */
    SystemReport: {
      systemRef: string;
      /** Format: date-time */
      generatedAt: string;
      summary: components['schemas']['PortfolioGroup'];
      models: components['schemas']['ComplianceReport'][];
    };
    /**
     * @description queued and running are in flight; the others are final
     * @enum {string}
     */
    RunState:
      | 'queued'
      | 'running'
      | 'succeeded'
      | 'failed'
      | 'timed-out'
      | 'cancelled';
    /** @description Who or what started the run, and why */
    RetrainingTrigger: {
      /** @enum {string} */
      kind: 'drift' | 'manual';
      /** @description The user or service that asked, or aiops:drift for the loop itself */
      by: string;
      reason: string;
    };
    /** @description A model's evaluation on the validation set */
    ModelEvaluation: {
      /** @description The registry version evaluated */
      version?: string;
      /** @description Metric name → value, e.g. auc, f1, latency_p95_ms, disparate_impact */
      metrics: {
        [key: string]: number;
      };
      /** @description Per-example results on the same examples for both models, for the significance rule */
      examples?: {
        correct?: boolean[];
        scores?: number[];
      };
    };
    /** @description What the pipeline reports when the challenger is trained and evaluated */
    RunEvaluationReport: {
      challenger: components['schemas']['ModelEvaluation'];
      /** @description The serving model on the same validation set; null for a model's first version */
      champion?: components['schemas']['ModelEvaluation'] | null;
      /** @description More gate evidence of the challenger version (bias, model card), kept with the decision as its gate record; the challenger's metrics are added to it */
      evidence?: components['schemas']['GateEvidence'];
      /** @description The challenger's training data as inference records (a sample will do), folded into the profile that becomes the drift reference if it is promoted; without it, promotion pins the run's data window of production traffic. Same limits as PUT .../reference */
      reference?: {
        records: components['schemas']['InferenceRecord'][];
      };
    };
    ValidationRuleResult: {
      id: string;
      description: string;
      champion: number | null;
      challenger: number | null;
      /** @enum {string} */
      result: 'pass' | 'fail';
      reason: string;
    };
    /** @description The challenger against the champion, rule by rule */
    RunValidation: {
      /** @enum {string} */
      decision: 'pass' | 'fail';
      rules: components['schemas']['ValidationRuleResult'][];
      champion: components['schemas']['ModelEvaluation'] | null;
      challenger: components['schemas']['ModelEvaluation'];
      /** Format: date-time */
      decidedAt: string;
    };
    /** @description One run of the model's retraining pipeline, from trigger to decision */
    RetrainingRun: {
      id: string;
      entityRef: string;
      pipelineRef: string;
      state: components['schemas']['RunState'];
      /** @description Why the run is in its state (a failure's cause especially) */
      stateReason: string | null;
      trigger: components['schemas']['RetrainingTrigger'];
      /** @description The pipeline's spec.runner.type */
      runner: string;
      /** @description The pipeline's spec.runner.target, a target of the runner's config */
      target: string;
      /** @description The run's id in the runner's system */
      externalId: string | null;
      externalUrl: string | null;
      logUrl: string | null;
      /** @description The end of the run's output where the runner holds it (single-run reads; null in lists) */
      logs: string | null;
      /** @description The champion's version when the run started */
      modelVersion: string | null;
      /** @description The traffic the challenger is trained on */
      dataWindow: {
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      finishedAt: string | null;
      /**
       * Format: date-time
       * @description When the backend times the run out if it has not finished
       */
      deadline: string;
      /**
       * @description The validation gate's outcome once the evaluation is in
       * @enum {string|null}
       */
      decision: 'pass' | 'fail' | null;
      validation: components['schemas']['RunValidation'] | null;
      /** @description What became of a passing challenger; null until the gate passes */
      promotion: components['schemas']['RunPromotion'] | null;
      /** @description The version promoted to champion by this run */
      promotedVersion: string | null;
    };
    /** @description A passing challenger's way to champion */
    RunPromotion: {
      /**
       * @description awaiting-approval for high-risk models until a person decides or it expires; promoted once the registry and the drift reference moved (the champion in force; at most one run of a model is promoted); superseded once a later run's version was promoted (promoted again when that one is rolled back); rolled-back when undone
       * @enum {string}
       */
      state:
        | 'awaiting-approval'
        | 'rejected'
        | 'expired'
        | 'promoted'
        | 'superseded'
        | 'failed'
        | 'rolled-back';
      reason: string;
      /** @description Who approved or rejected (or rolled back) */
      decidedBy: string | null;
      comment: string | null;
      /**
       * Format: date-time
       * @description When an awaited approval expires
       */
      expiresAt: string | null;
      /** Format: date-time */
      promotedAt: string | null;
      /** @description The champion it replaced, which a rollback restores */
      previousVersion: string | null;
    };
    PromotionDecisionRequest: {
      comment: string;
    };
    RollbackRequest: {
      reason: string;
    };
    RetrainingRunList: {
      /** @description Newest first */
      items: components['schemas']['RetrainingRun'][];
    };
    /** @description A manual retraining run */
    RetrainingRequest: {
      reason?: string;
    };
    /** @description A state change the pipeline reports (for runners that cannot be asked) */
    RunStatusReport: {
      /** @enum {string} */
      state: 'running' | 'succeeded' | 'failed' | 'cancelled';
      reason?: string;
      /** Format: uri */
      externalUrl?: string;
      /** Format: uri */
      logUrl?: string;
    };
  };
  responses: {
    /** @description InputError — the request breaks this contract (the message names the failing path), or a rule of the route */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description AuthenticationError — no or invalid credentials */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description NotAllowedError — the permission policy denies the route's permission */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description NotFoundError — no MLModel of that name in the catalog, or one the caller may not see */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description ConflictError — the change does not fit the current state (said in the message) */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
  };
  parameters: {
    /** @description Catalog namespace of the MLModel */
    namespace: string;
    /** @description Catalog name of the MLModel */
    name: string;
    waiverId: string;
    /** @description Id of a retraining run (a UUID) */
    runId: string;
    limit: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getFleet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fleet */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getStatuses: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatusBatchRequest'];
      };
    };
    responses: {
      /** @description One status per asked ref */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelStatusList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  postRecords: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: components['schemas']['IdempotencyKey'];
      };
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IngestRequest'];
      };
    };
    responses: {
      /** @description Accepted and durable */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestAccepted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description ConflictError — the idempotency key was used before with another body */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  setReference: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferenceUpdate'];
      };
    };
    responses: {
      /** @description The stored reference */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferenceInfo'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getModelStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The model's drift status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelDriftStatus'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getChecks: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest checks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriftCheckList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  runCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored check */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriftCheck'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getProfiles: {
    parameters: {
      query?: {
        /** @description Default the start of the windows the check reads (now minus the model's windowHours) */
        from?: string;
        /** @description Default the end of the current profile window */
        to?: string;
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per-feature statistics and histograms on shared bins, the prediction, and totals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelProfiles'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getGovernance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The evaluation, each check with its evidence and remediation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GovernanceEvaluation'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listGates: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Gate history */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GateRecordList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  evaluateGate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GateRequest'];
      };
    };
    responses: {
      /** @description The decision with every check */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GateDecision'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listWaivers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Waivers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaiverList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  requestWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WaiverRequest'];
      };
    };
    responses: {
      /** @description The requested waiver */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  approveWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
        waiverId: components['parameters']['waiverId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The active waiver */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  revokeWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
        waiverId: components['parameters']['waiverId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revoked waiver */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listApprovals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Approvals and rejections */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  recordApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalRequest'];
      };
    };
    responses: {
      /** @description The recorded decision */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getModelReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceReport'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getSystemReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: string;
        /** @description Catalog name of the System */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The system's report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SystemReport'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getPortfolio: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The portfolio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GovernancePortfolio'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  listRetrainingRuns: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRunList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  triggerRetraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RetrainingRequest'];
      };
    };
    responses: {
      /** @description The run */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listPipelineRuns: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRunList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getRetrainingRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  cancelRetrainingRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  reportRunStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunStatusReport'];
      };
    };
    responses: {
      /** @description The run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  reportRunEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunEvaluationReport'];
      };
    };
    responses: {
      /** @description The run with its decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  approvePromotion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PromotionDecisionRequest'];
      };
    };
    responses: {
      /** @description The run, promoted (or failed at the registry, with the reason) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  rejectPromotion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a retraining run (a UUID) */
        runId: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PromotionDecisionRequest'];
      };
    };
    responses: {
      /** @description The run, rejected */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  rollbackModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RollbackRequest'];
      };
    };
    responses: {
      /** @description The run whose promotion was undone */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrainingRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getModelRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelRegistration'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  registerModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ModelRegistrationRequest'];
      };
    };
    responses: {
      /** @description The same registration was stored before */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelRegistration'];
        };
      };
      /** @description Registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelRegistration'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
    };
  };
  getModelResources: {
    parameters: {
      query?: {
        /** @description Hours of history */
        hours?: number;
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The model's figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelResources'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  ingestOtlpTraces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-protobuf': string;
        'application/json': components['schemas']['OtlpJsonRequest'];
      };
    };
    responses: {
      /** @description ExportTraceServiceResponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OtlpTraceResponse'];
          'application/x-protobuf': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  ingestOtlpLogs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-protobuf': string;
        'application/json': components['schemas']['OtlpJsonLogsRequest'];
      };
    };
    responses: {
      /** @description ExportLogsServiceResponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OtlpLogsResponse'];
          'application/x-protobuf': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  ingestKserveEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
        'application/cloudevents+json': Record<string, never>;
        'application/cloudevents-batch+json': string;
      };
    };
    responses: {
      /** @description Every event stored */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KserveIngestAnswer'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listIngestSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sources */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestSourceList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  listAudit: {
    parameters: {
      query?: {
        entityRef?: string;
        from?: string;
        to?: string;
        format?: 'json' | 'jsonl' | 'csv';
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries (json), or the whole export (jsonl, csv) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
          'application/x-ndjson': string;
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  verifyAudit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verification */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null
      ? Extract<T[K], unknown[]>[number]
      : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsV1AuditGetParametersQueryFormatValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/v1/audit']['get']['parameters']['query']['format']
> = ['json', 'jsonl', 'csv'];
export const modelRegistrationReferenceStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ModelRegistration']['reference']['status']
> = ['pending', 'set'];
export const driftStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DriftStatus']
> = ['no-data', 'ok', 'warning', 'drift'];
export const governanceStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GovernanceStatus']
> = ['unknown', 'compliant', 'at-risk', 'non-compliant'];
export const driftTestValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DriftTest']
> = ['ks', 'wasserstein', 'psi', 'jensenshannon', 'chisquare', 'z'];
export const referenceInfoSourceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReferenceInfo']['source']
> = ['records', 'window'];
export const featureCheckResultKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureCheckResult']['kind']
> = ['numerical', 'categorical'];
export const featureCheckResultDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureCheckResult']['decision']
> = ['ok', 'drift', 'no-data'];
export const featureCheckResultMethodValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureCheckResult']['method']
> = ['profile', 'reservoir'];
export const servingCheckResultSourceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ServingCheckResult']['source']
> = ['prometheus'];
export const driftCheckTriggerValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DriftCheck']['trigger']
> = ['schedule', 'manual'];
export const modelResourcesSourceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ModelResources']['source']
> = ['prometheus'];
export const modelResourcesStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ModelResources']['status']
> = ['ok', 'no-data', 'not-configured'];
export const fleetModelRetrainingValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FleetModel']['retraining']
> = ['idle', 'in-flight', 'awaiting-approval'];
export const featureComparisonKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureComparison']['kind']
> = ['numerical', 'categorical'];
export const governanceResultValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GovernanceResult']
> = ['pass', 'fail', 'warning', 'not-applicable', 'waived'];
export const governanceSeverityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GovernanceSeverity']
> = ['critical', 'high', 'medium', 'low'];
export const gateDecisionDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GateDecision']['decision']
> = ['pass', 'fail'];
export const gateRecordDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GateRecord']['decision']
> = ['pass', 'fail'];
export const waiverStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Waiver']['state']
> = ['requested', 'active', 'expired', 'revoked'];
export const approvalDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Approval']['decision']
> = ['approved', 'rejected'];
export const approvalStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Approval']['state']
> = ['valid', 'expired'];
export const approvalRequestDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ApprovalRequest']['decision']
> = ['approved', 'rejected'];
export const controlMappingFrameworkValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ControlMapping']['framework']
> = ['euAiAct', 'nistAiRmf', 'iso42001'];
export const runStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RunState']
> = ['queued', 'running', 'succeeded', 'failed', 'timed-out', 'cancelled'];
export const retrainingTriggerKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RetrainingTrigger']['kind']
> = ['drift', 'manual'];
export const validationRuleResultResultValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ValidationRuleResult']['result']
> = ['pass', 'fail'];
export const runValidationDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RunValidation']['decision']
> = ['pass', 'fail'];
export const runPromotionStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RunPromotion']['state']
> = [
  'awaiting-approval',
  'rejected',
  'expired',
  'promoted',
  'superseded',
  'failed',
  'rolled-back',
];
export const runStatusReportStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RunStatusReport']['state']
> = ['running', 'succeeded', 'failed', 'cancelled'];
