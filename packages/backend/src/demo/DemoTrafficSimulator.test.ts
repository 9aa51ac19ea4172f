import { mockServices } from '@backstage/backend-test-utils';
import { detectDrift } from '@unified-aiops/plugin-aiops-common';
import { DemoIngestClient, DemoTrafficSimulator } from './DemoTrafficSimulator';
import { DemoModel, DemoRecord, demoModels } from './demoModels';
import { seededRandom } from './random';
import { spanOfRecord } from './DemoSpanSink';

/** A client recording each call as `METHOD model/path`, answering as the backend would, or failing. */
function fakeClient(
  fail = false,
  existingRuns: string[] = [],
  /** Models with a stored reference (a restart), by name: when it was set. */
  references: Record<string, string> = {},
) {
  const calls: { call: string; body: any }[] = [];
  const answer = async (call: string, body: unknown) => {
    calls.push({ call, body });
    if (fail) throw new Error('Request failed with 500 Internal Server Error');
  };
  const client: DemoIngestClient = {
    setReference: async (model, update) => {
      await answer(`PUT ${model.name}/reference`, update);
      return {} as any;
    },
    postRecords: async (model, batch) => {
      await answer(`POST ${model.name}/records`, batch);
      return { batchId: '1', accepted: batch.records.length };
    },
    evaluateGate: async gate => {
      await answer(`POST gate ${gate.entityRef}@${gate.modelVersion}`, gate);
      return { decision: 'pass', status: 'compliant', score: 100 } as any;
    },
    getProfiles: async model =>
      ({
        referenceSource: references[model.name]
          ? { updatedAt: references[model.name] }
          : null,
      } as any),
    listRetrainingRuns: async model =>
      existingRuns.includes(model.name) ? [{ id: 'old' } as any] : [],
    triggerRetraining: async (model, request) => {
      await answer(`POST ${model.name}/runs`, request);
      return { id: 'run-1' } as any;
    },
  };
  return { calls, client };
}

const options = {
  modelCards: { 'churn-classifier': '# Churn classifier' },
  driftAfterSeconds: 0,
  recordsPerTick: 3,
  referenceRecords: 10,
  retrainAtStart: [] as string[],
  knownModels: async (names: string[]) => new Set(names),
};

const demoModel = (name: string) => demoModels.find(m => m.name === name)!;

describe('DemoTrafficSimulator', () => {
  it('resumes after a restart: keeps the stored references and gates, and drifts as before', async () => {
    const startedBefore = new Date(Date.now() - 3_600_000).toISOString();
    const { calls, client } = fakeClient(false, [], {
      'churn-classifier': startedBefore,
      'fraud-detector': new Date().toISOString(),
    });
    const simulator = new DemoTrafficSimulator(
      demoModels.slice(0, 2),
      { ...options, driftAfterSeconds: 600 },
      mockServices.logger.mock(),
      client,
    );

    await simulator.tick();

    const summary = calls.map(c => c.call);
    expect(summary.filter(s => s.endsWith('/reference'))).toEqual([]);
    expect(summary.filter(s => s.startsWith('POST gate'))).toEqual([]);
    expect(summary.filter(s => s.endsWith('/records'))).toHaveLength(2);
    // the drift clock runs from the oldest reference, an hour ago: past 600 s
    expect(simulator.drifting).toBe(true);
  });

  it('posts each model its reference and its gate evidence once, then a batch per tick', async () => {
    const { calls, client } = fakeClient();
    const simulator = new DemoTrafficSimulator(
      demoModels.slice(0, 2),
      options,
      mockServices.logger.mock(),
      client,
    );

    await simulator.tick();
    await simulator.tick();

    const summary = calls.map(c => c.call);
    expect(summary.filter(s => s.endsWith('/reference'))).toEqual([
      'PUT churn-classifier/reference',
      'PUT fraud-detector/reference',
    ]);
    // as CI would on release: the production version with its card
    expect(summary.filter(s => s.startsWith('POST gate'))).toEqual([
      'POST gate mlmodel:default/churn-classifier@7',
      'POST gate mlmodel:default/fraud-detector@12',
    ]);
    expect(
      calls.find(
        c => c.call === 'POST gate mlmodel:default/churn-classifier@7',
      )!.body.evidence,
    ).toMatchObject({
      metrics: { auc: 0.89 },
      modelCard: '# Churn classifier',
    });
    expect(summary.filter(s => s.endsWith('/records'))).toHaveLength(4);
    const batches = calls
      .filter(c => c.call.endsWith('/records'))
      .map(c => c.body);
    expect(new Set(batches.map(b => b.idempotencyKey)).size).toBe(4);
    expect(batches[0].records).toHaveLength(3);
    expect(calls[0].body.records).toHaveLength(10);
  });

  it('starts the retraining of the models it is told to once, unless they have a run', async () => {
    for (const existing of [[], ['fraud-detector']]) {
      const { calls, client } = fakeClient(false, existing);
      const simulator = new DemoTrafficSimulator(
        demoModels.slice(0, 2),
        { ...options, retrainAtStart: ['fraud-detector'] },
        mockServices.logger.mock(),
        client,
      );
      await simulator.tick();
      await simulator.tick();
      expect(
        calls.filter(c => c.call.endsWith('/runs')).map(c => c.call),
      ).toEqual(existing.length ? [] : ['POST fraud-detector/runs']);
    }
  });

  it('sends an OpenTelemetry-instrumented model’s traffic as GenAI spans, not records', async () => {
    const { calls, client } = fakeClient();
    const sent: Array<{ model: string; records: number }> = [];
    const summarizer = demoModels.find(m => m.name === 'ticket-summarizer')!;
    const simulator = new DemoTrafficSimulator(
      [summarizer],
      options,
      mockServices.logger.mock(),
      client,
      {
        send: async (model, records) => {
          sent.push({ model: model.name, records: records.length });
        },
      },
    );
    await simulator.tick();
    expect(sent).toEqual([{ model: 'ticket-summarizer', records: 3 }]);
    expect(calls.map(c => c.call)).toEqual([
      'PUT ticket-summarizer/reference',
      'POST gate mlmodel:default/ticket-summarizer@demo-1',
    ]);

    const span = spanOfRecord(
      summarizer.otlp!,
      summarizer.record(seededRandom(1), false),
    );
    expect(span.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.usage.input_tokens': expect.any(Number),
      ticket_language: expect.any(String),
    });
    expect(
      span.events.map(e => e.attributes['gen_ai.evaluation.name']),
    ).toEqual(['faithfulness', 'conciseness']);
  });

  it('sends every LLM application’s traffic as OTLP, the decision and bias group as span attributes', () => {
    const llmApps = demoModels.filter(m =>
      ['support-assistant', 'ticket-summarizer', 'doc-embedder'].includes(
        m.name,
      ),
    );
    expect(llmApps.every(m => m.otlp)).toBe(true);
    const assistant = demoModel('support-assistant');
    const record = assistant.record(seededRandom(3), false);
    const span = spanOfRecord(assistant.otlp!, record);
    expect(span.attributes).toMatchObject({
      'gen_ai.request.model': 'gpt-4o',
      'support.answered': record.prediction,
      customer_segment: record.groups!.customer_segment,
    });
    const embedder = demoModel('doc-embedder');
    expect(
      spanOfRecord(embedder.otlp!, embedder.record(seededRandom(3), false)),
    ).toMatchObject({
      name: 'embeddings text-embedding-3-small',
      attributes: {
        'gen_ai.operation.name': 'embeddings',
        top_similarity: expect.any(Number),
      },
    });
  });

  it('labels the fraud model’s records with their outcome, caught alike in both segments', () => {
    const fraud = demoModel('fraud-detector');
    const random = seededRandom(5);
    const rates: Record<
      string,
      { tp: number; p: number; fp: number; n: number }
    > = {};
    for (let i = 0; i < 20_000; i++) {
      const r = fraud.record(random, false);
      const segment = String(r.groups!.customer_segment);
      const rate = (rates[segment] ??= { tp: 0, p: 0, fp: 0, n: 0 });
      const flagged = (r.prediction as number) >= 0.5;
      if (r.label) {
        rate.p += 1;
        if (flagged) rate.tp += 1;
      } else {
        rate.n += 1;
        if (flagged) rate.fp += 1;
      }
    }
    const { consumer, business } = rates;
    expect(consumer.tp / consumer.p).toBeGreaterThan(0.8);
    expect(
      Math.abs(consumer.tp / consumer.p - business.tp / business.p),
    ).toBeLessThan(0.05);
    expect(consumer.fp / consumer.n).toBeLessThan(0.05);
    expect(
      Math.abs(consumer.fp / consumer.n - business.fp / business.n),
    ).toBeLessThan(0.02);
  });

  it('waits for the catalog to load a model before posting its traffic', async () => {
    const { calls, client } = fakeClient();
    let loaded: string[] = [];
    const simulator = new DemoTrafficSimulator(
      demoModels.slice(0, 2),
      {
        ...options,
        knownModels: async names =>
          new Set(names.filter(n => loaded.includes(n))),
      },
      mockServices.logger.mock(),
      client,
    );

    await simulator.tick();
    expect(calls).toHaveLength(0);

    loaded = ['fraud-detector'];
    await simulator.tick();
    expect(calls.map(c => c.call)).toEqual([
      'PUT fraud-detector/reference',
      'POST gate mlmodel:default/fraud-detector@12',
      'POST fraud-detector/records',
    ]);
  });

  it('warns once while the backend refuses, not on every tick', async () => {
    const { client } = fakeClient(true);
    const logger = mockServices.logger.mock();
    const simulator = new DemoTrafficSimulator(
      demoModels.slice(0, 1),
      options,
      logger,
      client,
    );
    await simulator.tick();
    await simulator.tick();
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});

describe('demo models', () => {
  const sample = (model: DemoModel, drifted: boolean, feature: string) => {
    const random = seededRandom(7);
    return Array.from(
      { length: 500 },
      () => model.record(random, drifted).features[feature],
    );
  };

  it('makes churn-classifier drift: tenure shifts and a new contract type appears', () => {
    const churn = demoModel('churn-classifier');
    expect(
      detectDrift(
        sample(churn, false, 'tenure_months') as number[],
        sample(churn, true, 'tenure_months') as number[],
        { featureType: 'numerical' },
      ).drift,
    ).toBe(true);
    expect(sample(churn, true, 'contract_type')).toContain('weekly-pass');
    expect(sample(churn, false, 'contract_type')).not.toContain('weekly-pass');
  });

  /**
   * The features whose drift test fires between traffic before and after the drift
   * starts. One seed for both sides, as `sample` does: two seeds would test chance as
   * well, and Evidently's chi-square on 500 vs 500 flags a quarter of equal categoricals.
   */
  const driftedFeatures = (demo: DemoModel) => {
    const records = (drifted: boolean) => {
      const random = seededRandom(7);
      return Array.from({ length: 500 }, () => demo.record(random, drifted));
    };
    const before = records(false);
    const after = records(true);
    return Object.keys(before[0].features).filter(feature => {
      const values = (rs: DemoRecord[]) => rs.map(r => r.features[feature]);
      return detectDrift(values(before), values(after), {
        featureType:
          typeof before[0].features[feature] === 'number'
            ? 'numerical'
            : 'categorical',
      }).drift;
    });
  };

  it('keeps fraud-detector on the same distribution', () => {
    expect(driftedFeatures(demoModel('fraud-detector'))).toEqual([]);
  });

  it('moves only the temperature of demand-forecast', () => {
    expect(driftedFeatures(demoModel('demand-forecast'))).toEqual([
      'temperature',
    ]);
  });

  /** The mean of `of` over 2,000 records before and after the drift starts. */
  const meanOf = (demo: DemoModel, of: (r: DemoRecord) => number) =>
    [false, true].map(drifted => {
      const random = seededRandom(9);
      const values = Array.from({ length: 2000 }, () =>
        of(demo.record(random, drifted)),
      );
      return values.reduce((s, v) => s + v, 0) / values.length;
    });

  it('makes the LLM applications ungrounded, costlier and slower, their inputs unchanged', () => {
    for (const name of [
      'support-assistant',
      'ticket-summarizer',
      'doc-embedder',
    ]) {
      expect(driftedFeatures(demoModel(name))).toEqual([]);
    }
    const [grounded, ungrounded] = meanOf(demoModel('support-assistant'), r =>
      r.llm!.judgeScores!.faithfulness < 0.7 ? 1 : 0,
    );
    expect(grounded).toBeLessThan(0.03);
    expect(ungrounded).toBeGreaterThan(0.25);
    const [concise, verbose] = meanOf(
      demoModel('ticket-summarizer'),
      r => r.llm!.completionTokens!,
    );
    expect(verbose / concise).toBeGreaterThan(2.5);
    const [fast, slow] = meanOf(demoModel('doc-embedder'), r => r.latencyMs!);
    expect(slow / fast).toBeGreaterThan(2);
  });
});
