import { withEvaluations } from './genAiRecords';

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
