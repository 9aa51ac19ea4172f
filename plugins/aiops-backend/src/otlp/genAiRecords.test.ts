import { OtlpSpan } from './decodeTraces';
import { awaitsEvaluation } from './OtlpTraceIngest';
import { recordOfSpan, spanFieldsOf, withEvaluations } from './genAiRecords';

describe('GenAI evaluations on a span record', () => {
  it('adds log-record evaluations as judge scores and labels, keeping the span’s own', () => {
    const record = {
      features: {},
      llm: { judgeScores: { relevance: 0.9 }, promptTokens: 12 },
    };
    expect(
      withEvaluations(record, [
        { name: 'groundedness', score: 0.2, label: 'ungrounded' },
        { name: 'tone', label: 'polite' },
      ]),
    ).toEqual({
      features: {},
      llm: {
        promptTokens: 12,
        judgeScores: { relevance: 0.9, groundedness: 0.2 },
        judgeLabels: { groundedness: 'ungrounded', tone: 'polite' },
      },
    });
    expect(withEvaluations(record, [])).toBe(record);
  });
});

describe('a GenAI span as a record', () => {
  const span: OtlpSpan = {
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    name: 'chat gpt-4o',
    startMs: 1_000,
    endMs: 2_400,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o',
      customer_segment: 'business',
      'support.answered': true,
      'support.resolved': false,
      question_tokens: 24,
      'user.email': 'someone@example.com',
    },
    events: [],
    statusCode: 1,
    statusMessage: '',
  };

  it('reads the attributes a model names: features, its prediction and label fields, its bias group', () => {
    const fields = spanFieldsOf({
      features: [{ name: 'question_tokens' }, { name: 'customer_segment' }],
      reading: {
        predictionField: 'support.answered',
        labelField: 'support.resolved',
      },
      bias: { groupField: 'customer_segment' },
    });
    const record = recordOfSpan(span, fields);
    expect(record.features).toEqual({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o',
      error: false,
      question_tokens: 24,
      customer_segment: 'business',
      'support.answered': true,
      'support.resolved': false,
    });
    expect(record.groups).toEqual({ customer_segment: 'business' });
    expect(record.latencyMs).toBe(1_400);
    // an attribute the model does not name stays out of its profiles
    expect(JSON.stringify(record)).not.toContain('someone@example.com');
  });

  it('has no groups when the model watches no bias, or the span lacks the attribute', () => {
    expect(
      recordOfSpan(span, spanFieldsOf({ features: [], reading: {} })).groups,
    ).toBeUndefined();
    expect(
      recordOfSpan(
        span,
        spanFieldsOf({
          features: [],
          reading: {},
          bias: { groupField: 'region' },
        }),
      ).groups,
    ).toBeUndefined();
  });
});

describe('which spans wait for evaluations from log records', () => {
  const span = (evaluations: string[]): OtlpSpan => ({
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    name: 'chat gpt-4o',
    startMs: 0,
    endMs: 1,
    attributes: { 'gen_ai.operation.name': 'chat' },
    events: evaluations.map(name => ({
      name: 'gen_ai.evaluation.result',
      timeMs: 1,
      attributes: { 'gen_ai.evaluation.name': name },
    })),
    statusCode: 0,
    statusMessage: '',
  });
  const judged = {
    reading: { hallucinationJudge: { field: 'groundedness', threshold: 0.5 } },
  };

  it('folds at once a span that carries its model’s judge, or any evaluation without one', () => {
    expect(awaitsEvaluation(span(['groundedness']), judged)).toBe(false);
    expect(awaitsEvaluation(span(['relevance']), { reading: {} })).toBe(false);
  });

  it('holds a span without an evaluation, or without its judge’s', () => {
    expect(awaitsEvaluation(span([]), { reading: {} })).toBe(true);
    expect(awaitsEvaluation(span(['relevance']), judged)).toBe(true);
  });
});
