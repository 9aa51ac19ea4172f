import {
  GateEvidence,
  InferenceRecord,
} from '@unified-aiops/plugin-aiops-common';
import { Random } from './random';

/** One inference record as a model service posts it. */
export type DemoRecord = InferenceRecord;

/** How a demo model's traffic looks before and after its drift starts. */
export interface DemoModel {
  /** Entity name of the example MLModel (examples/entities.yaml). */
  name: string;
  /** The version in production: the registry's champion where the entity names one. */
  version: string;
  /** What a newcomer should see once the drift has started. */
  expected: 'ok' | 'warning' | 'drift';
  /** What its CI measured, posted to the gate with its model card. */
  evaluation: Pick<GateEvidence, 'metrics' | 'bias'>;
  record(random: Random, drifted: boolean): DemoRecord;
  /**
   * An LLM application instrumented with OpenTelemetry: its traffic goes out as GenAI
   * spans through the OTLP endpoint, not as records.
   */
  otlp?: {
    serviceName: string;
    /** `gen_ai.operation.name`: chat, embeddings. */
    operation: string;
    provider: string;
    requestModel: string;
    /** The span attribute its decision goes in: the entity's `monitoring.predictionField`. */
    predictionAttribute?: string;
    /** Its evaluator reports scores as OTLP log records, not span events. */
    evaluationsAsLogs?: boolean;
  };
  /**
   * A model served by KServe: its traffic goes out as the payload logger's CloudEvents
   * (V2 request and response bodies) for the InferenceService `namespace/inferenceService`,
   * its predictions as the output tensor named `output`.
   */
  kserve?: {
    namespace: string;
    inferenceService: string;
    output: string;
  };
  /**
   * A service whose metrics Prometheus scrapes (DemoServiceMetrics): what its GenAI
   * instrumentation labels its requests with, the share that fail, and what its
   * container uses, times `driftedLoad` once its drift has started.
   */
  serving?: {
    serviceName: string;
    operation: string;
    requestModel: string;
    errorRate: number;
    cpuCores: number;
    memoryBytes: number;
    gpuPercent?: number;
    driftedLoad?: number;
  };
}

const GIB = 1024 ** 3;

const round = (value: number, digits = 2) =>
  Math.round(value * 10 ** digits) / 10 ** digits;
const positive = (value: number) => Math.max(0, value);

// Churn: after the drift starts, a promotion brings short-tenure, month-to-month
// customers and a new contract type the model never saw: most features drift.
// Its service logs flat rows: the prediction is the `churn_probability` column the
// entity names as its predictionField.
const churn: DemoModel = {
  name: 'churn-classifier',
  version: '7',
  expected: 'drift',
  evaluation: {
    metrics: { auc: 0.89, accuracy: 0.85 },
    bias: { customer_segment: { consumer: 0.22, business: 0.2 } },
  },
  record(random, drifted) {
    const tenure = positive(random.normal(drifted ? 6 : 32, drifted ? 4 : 18));
    const monthly = positive(random.normal(drifted ? 95 : 65, 20));
    const contract = drifted
      ? random.pick([
          ['month-to-month', 5],
          ['weekly-pass', 4],
          ['one-year', 1],
        ] as const)
      : random.pick([
          ['month-to-month', 5],
          ['one-year', 3],
          ['two-year', 2],
        ] as const);
    return {
      features: {
        tenure_months: round(tenure, 1),
        monthly_charges: round(monthly),
        total_charges: round(tenure * monthly),
        support_calls: Math.round(
          positive(random.normal(drifted ? 4 : 1.5, 1.2)),
        ),
        contract_type: contract,
        payment_method: random.pick([
          ['card', 4],
          ['bank-transfer', 3],
          ['paper-check', 1],
        ] as const),
        internet_service: random.pick([
          ['fiber', 5],
          ['dsl', 3],
          ['none', 1],
        ] as const),
        churn_probability: round(
          Math.min(1, positive(random.normal(drifted ? 0.55 : 0.22, 0.12))),
          3,
        ),
      },
      latencyMs: round(positive(random.normal(40, 10)), 1),
      // the protected attribute its bias evaluations compare (not an input of the model)
      groups: {
        customer_segment: random.pick([
          ['consumer', 7],
          ['business', 3],
        ] as const),
      },
    };
  },
};

// Fraud stays healthy: the same distribution before and after.
const fraud: DemoModel = {
  name: 'fraud-detector',
  version: '12',
  expected: 'ok',
  evaluation: {
    metrics: { auc: 0.94, precision_at_threshold: 0.62 },
    bias: { customer_segment: { consumer: 0.041, business: 0.037 } },
  },
  record(random) {
    const segment = random.pick([
      ['consumer', 7],
      ['business', 3],
    ] as const);
    // One transaction in ten is fraud; the model catches about nine in ten of them and
    // flags about two in a hundred honest ones, alike in both segments (equalized odds).
    const fraudulent = random.uniform() < 0.1;
    const score = fraudulent
      ? random.normal(0.75, 0.2)
      : random.normal(0.08, 0.2);
    return {
      features: {
        amount: round(Math.exp(random.normal(3.6, 1))),
        hour_of_day: Math.floor(random.uniform() * 24),
        transactions_last_24h: Math.round(positive(random.normal(3, 2))),
        account_age_days: Math.round(positive(random.normal(700, 400))),
        merchant_category: random.pick([
          ['grocery', 5],
          ['electronics', 2],
          ['travel', 1],
          ['fuel', 2],
        ] as const),
        country: random.pick([
          ['DE', 4],
          ['FR', 3],
          ['NL', 2],
          ['US', 1],
        ] as const),
        card_present: random.uniform() < 0.7,
      },
      prediction: round(Math.min(1, positive(score)), 3),
      // the chargeback outcome, known by the time the record is posted
      label: fraudulent,
      latencyMs: round(positive(random.normal(18, 4)), 1),
      groups: { customer_segment: segment },
    };
  },
};

// Demand: a heatwave moves only the temperature; one feature of seven drifts, a warning.
const demand: DemoModel = {
  name: 'demand-forecast',
  version: 'demo-1',
  expected: 'warning',
  kserve: {
    namespace: 'supply-chain',
    inferenceService: 'demand-forecast',
    output: 'predicted_units',
  },
  evaluation: { metrics: { mape: 0.14 } },
  record(random, drifted) {
    return {
      features: {
        price: round(positive(random.normal(4.5, 1))),
        temperature: round(random.normal(drifted ? 33 : 17, 4), 1),
        lag_7d_sales: Math.round(positive(random.normal(120, 30))),
        promo: random.uniform() < 0.2 ? 'yes' : 'no',
        store_region: random.pick([
          ['north', 3],
          ['south', 3],
          ['east', 2],
          ['west', 2],
        ] as const),
        day_of_week: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][
          Math.floor(random.uniform() * 7)
        ],
        holiday: random.uniform() < 0.05 ? 'yes' : 'no',
      },
      prediction: Math.round(positive(random.normal(118, 28))),
      latencyMs: round(positive(random.normal(120, 30)), 1),
    };
  },
};

const questions = [
  'How do I reset my password?',
  'Where is my invoice?',
  'Can I change my plan?',
  'Why was my card declined?',
  'How do I export my data?',
];

// Support assistant: after the drift starts, a help-center migration leaves its retrieval
// with stale articles: the questions are the same, the answers less grounded (the judge's
// faithfulness falls below 0.7 far more often), so its hallucination rate rises.
const supportAssistant: DemoModel = {
  name: 'support-assistant',
  version: 'demo-1',
  expected: 'warning',
  otlp: {
    serviceName: 'support-assistant-service',
    operation: 'chat',
    provider: 'openai',
    requestModel: 'gpt-4o',
    predictionAttribute: 'support.answered',
  },
  serving: {
    serviceName: 'support-assistant-service',
    operation: 'chat',
    requestModel: 'gpt-4o',
    errorRate: 0.01,
    cpuCores: 0.35,
    memoryBytes: 0.75 * GIB,
  },
  evaluation: {
    metrics: { groundedness: 0.91, answer_relevance: 0.86 },
    bias: {
      customer_segment: { consumer: 0.88, business: 0.86, enterprise: 0.84 },
    },
  },
  record(random, ungrounded) {
    const segment = random.pick([
      ['consumer', 6],
      ['business', 3],
      ['enterprise', 1],
    ] as const);
    const promptTokens = Math.round(positive(random.normal(900, 200)));
    const completionTokens = Math.round(positive(random.normal(220, 60)));
    const faithfulness = round(
      Math.min(
        1,
        positive(
          random.normal(ungrounded ? 0.74 : 0.88, ungrounded ? 0.1 : 0.08),
        ),
      ),
      3,
    );
    return {
      features: {
        question: questions[Math.floor(random.uniform() * questions.length)],
        question_tokens: Math.round(positive(random.normal(24, 8))),
        retrieved_documents: Math.round(positive(random.normal(4, 1))),
        customer_segment: segment,
      },
      // the assistant's decision: answered without handing over to an agent
      prediction: random.uniform() < 0.8,
      latencyMs: round(positive(random.normal(1400, 350)), 0),
      // no verdict: the entity's judgeField (faithfulness below 0.7) gives it
      llm: {
        judgeScores: {
          faithfulness,
          answer_relevance: round(
            Math.min(1, positive(random.normal(0.85, 0.1))),
            3,
          ),
        },
        promptTokens,
        completionTokens,
      },
      groups: { customer_segment: segment },
      // no cost: aiops.costs.tokenPrices prices gpt-4o's token usage
    };
  },
};

// Ticket summarizer: after the drift starts, a prompt change makes its summaries three
// times as long: the tickets are the same, each request costs more (priced by
// aiops.costs.tokenPrices from the spans' token usage).
const ticketSummarizer: DemoModel = {
  name: 'ticket-summarizer',
  version: 'demo-1',
  expected: 'warning',
  otlp: {
    serviceName: 'ticket-summarizer-service',
    operation: 'chat',
    provider: 'openai',
    requestModel: 'gpt-4o-mini',
    evaluationsAsLogs: true,
  },
  serving: {
    serviceName: 'ticket-summarizer-service',
    operation: 'chat',
    requestModel: 'gpt-4o-mini',
    errorRate: 0.02,
    cpuCores: 0.25,
    memoryBytes: 0.5 * GIB,
  },
  evaluation: { metrics: { faithfulness: 0.93, conciseness: 0.81 } },
  record(random, verbose) {
    const promptTokens = Math.round(positive(random.normal(1800, 500)));
    const faithfulness = round(
      Math.min(1, positive(random.normal(0.9, 0.06))),
      3,
    );
    return {
      features: {
        ticket_tokens: promptTokens,
        ticket_language: random.pick([
          ['en', 6],
          ['de', 2],
          ['fr', 2],
        ] as const),
        product_area: random.pick([
          ['billing', 3],
          ['login', 2],
          ['api', 2],
          ['mobile', 3],
        ] as const),
      },
      latencyMs: round(positive(random.normal(2600, 500)), 0),
      // no verdict: the entity's judgeField (faithfulness below 0.8) gives it
      llm: {
        judgeScores: {
          faithfulness,
          conciseness: round(Math.min(1, positive(random.normal(0.8, 0.1))), 3),
        },
        promptTokens,
        completionTokens: Math.round(
          positive(random.normal(verbose ? 450 : 150, 40)),
        ),
      },
    };
  },
};

// Document embedder: after the drift starts, its GPU pool shrinks to one node: the same
// documents, embedded more than twice as slowly, on a GPU and CPU busier than before.
const docEmbedder: DemoModel = {
  name: 'doc-embedder',
  version: 'demo-1',
  expected: 'warning',
  otlp: {
    serviceName: 'doc-embedder-service',
    operation: 'embeddings',
    provider: 'openai',
    requestModel: 'text-embedding-3-small',
    predictionAttribute: 'top_similarity',
  },
  serving: {
    serviceName: 'doc-embedder-service',
    operation: 'embeddings',
    requestModel: 'text-embedding-3-small',
    errorRate: 0.002,
    cpuCores: 1.2,
    memoryBytes: 3.5 * GIB,
    gpuPercent: 55,
    driftedLoad: 1.5,
  },
  evaluation: { metrics: { recall_at_5: 0.88 } },
  record(random, slower) {
    return {
      features: {
        document_tokens: Math.round(positive(random.normal(450, 150))),
        document_language: random.pick([
          ['en', 7],
          ['de', 2],
          ['fr', 1],
        ] as const),
        source_type: random.pick([
          ['kb-article', 5],
          ['ticket', 3],
          ['pdf', 2],
        ] as const),
      },
      // cosine similarity of the best match a retrieval finds for the document
      prediction: round(Math.min(1, positive(random.normal(0.78, 0.08))), 4),
      latencyMs: round(
        positive(random.normal(slower ? 140 : 60, slower ? 30 : 15)),
        1,
      ),
      llm: {
        judgeScores: {
          retrieval_hit_rate: round(
            Math.min(1, positive(random.normal(0.82, 0.08))),
            3,
          ),
        },
      },
    };
  },
};

/** The example models the demo streams traffic for. */
export const demoModels: DemoModel[] = [
  churn,
  fraud,
  demand,
  supportAssistant,
  ticketSummarizer,
  docEmbedder,
];
