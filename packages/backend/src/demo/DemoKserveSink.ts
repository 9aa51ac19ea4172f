/*
 * Demo wiring only: how the demo's KServe-served model reaches the portal: as the
 * CloudEvents KServe's inference payload logger posts, serialized by the `cloudevents`
 * SDK in binary mode (ce-* headers, the V2 / Open Inference Protocol request or response
 * body as the data), a request event and its response event per inference, sharing the
 * id. The real logger sends no credentials; the demo adds the static token, as the
 * forwarder docs/telemetry.md describes would.
 */
import { CloudEvent, HTTP } from 'cloudevents';
import { DemoModel, DemoRecord } from './demoModels';

/** Rows per inference request the demo service gets. */
const ROWS_PER_REQUEST = 10;

type Value = string | number | boolean;

/** A V2 tensor of one value per row, typed as an Open Inference Protocol server would. */
function tensor(name: string, values: Value[]) {
  let datatype = 'BYTES';
  if (values.every(v => typeof v === 'number')) datatype = 'FP64';
  else if (values.every(v => typeof v === 'boolean')) datatype = 'BOOL';
  return {
    name,
    shape: [values.length],
    datatype,
    data: datatype === 'BYTES' ? values.map(String) : values,
  };
}

/** The V2 request and response bodies of a group of records. */
export function inferenceOfRecords(model: DemoModel, records: DemoRecord[]) {
  const names = Object.keys(records[0]?.features ?? {});
  const value = (v: unknown): Value =>
    typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
  return {
    request: {
      inputs: names.map(name =>
        tensor(
          name,
          records.map(r => value(r.features[name])),
        ),
      ),
    },
    response: {
      model_name: model.name,
      model_version: model.version,
      outputs: [
        tensor(
          model.kserve!.output,
          records.map(r => value(r.prediction)),
        ),
      ],
    },
    latencyMs:
      records.reduce((sum, r) => sum + (r.latencyMs ?? 0), 0) /
      Math.max(1, records.length),
  };
}

/** Posts a KServe-served model's traffic as its payload logger would. */
export class KserveDemoSink {
  private sequence = 0;
  private readonly startedAt = Date.now();

  constructor(
    private readonly options: {
      /** The portal's KServe endpoint (…/api/aiops/v1/kserve/events). */
      url: string;
      token: string;
    },
  ) {}

  async send(model: DemoModel, records: DemoRecord[]) {
    const kserve = model.kserve!;
    const now = Date.now();
    for (let i = 0; i < records.length; i += ROWS_PER_REQUEST) {
      const group = records.slice(i, i + ROWS_PER_REQUEST);
      const { request, response, latencyMs } = inferenceOfRecords(model, group);
      const id = `${model.name}-${this.startedAt}-${this.sequence++}`;
      const common = {
        specversion: '1.0' as const,
        id,
        source: `http://${kserve.inferenceService}.${kserve.namespace}.svc.cluster.local/`,
        datacontenttype: 'application/json',
        inferenceservicename: kserve.inferenceService,
        namespace: kserve.namespace,
        component: 'predictor',
        endpoint: 'default',
      };
      await this.post(
        new CloudEvent({
          ...common,
          type: 'org.kubeflow.serving.inference.request',
          time: new Date(now - latencyMs).toISOString(),
          data: request,
        }),
      );
      await this.post(
        new CloudEvent({
          ...common,
          type: 'org.kubeflow.serving.inference.response',
          time: new Date(now).toISOString(),
          data: response,
        }),
      );
    }
  }

  private async post(event: CloudEvent<unknown>) {
    const message = HTTP.binary(event);
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: {
        ...(message.headers as Record<string, string>),
        Authorization: `Bearer ${this.options.token}`,
      },
      body: message.body as string,
    });
    if (!response.ok) {
      throw new Error(
        `The KServe event was refused (${
          response.status
        }): ${await response.text()}`,
      );
    }
  }
}
