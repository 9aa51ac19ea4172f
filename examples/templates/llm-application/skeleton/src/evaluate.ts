/**
 * The evaluation harness: replays the recorded cases (eval/fixtures/cases.json: each a
 * question, its context and segment, the model's answer and the judge's groundedness
 * score, recorded from a run against the model) through the application's own call, with
 * no network, and writes the CI gate's evidence:
 *
 * - eval/metrics.json: {"groundedness": mean judge score, "hallucination_rate": share
 *   scored below 0.7, "latency_p95_ms": p95 of the recorded latencies}
 * - eval/bias.json: {"<group field>": {"<segment>": share answered, ...}}
 * - eval/reference.json: the cases as inference records, the drift reference a release
 *   sets in the portal
 *
 * node src/evaluate.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { chat, groundedPrompt } from './llm.ts';

export const GROUP_FIELD = '${{ values.groupField }}';
export const JUDGE_THRESHOLD = 0.7;

export interface RecordedCase {
  question: string;
  context: string[];
  segment: string;
  /** The chat completion the model answered, as its API sent it. */
  response: {
    model: string;
    choices: Array<{ message: { content: string } }>;
    usage: { prompt_tokens: number; completion_tokens: number };
  };
  latencyMs: number;
  /** The judge's scores of the answer against its context, 0 to 1. */
  judge: { groundedness: number };
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

function p95(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}

export async function evaluate(cases: RecordedCase[]) {
  const records = [];
  const answeredBySegment: Record<string, { answered: number; total: number }> = {};
  for (const recorded of cases) {
    // the application's own call, answered by the recording
    const answer = await chat(groundedPrompt(recorded.question, recorded.context), {
      baseUrl: 'http://recorded.invalid/v1',
      apiKey: 'recorded',
      model: recorded.response.model,
      segment: recorded.segment,
      fetch: async () => new Response(JSON.stringify(recorded.response)),
    });
    const tally = (answeredBySegment[recorded.segment] ??= { answered: 0, total: 0 });
    tally.total += 1;
    if (answer.answered) tally.answered += 1;
    records.push({
      features: { [GROUP_FIELD]: recorded.segment },
      prediction: answer.answered,
      latencyMs: recorded.latencyMs,
      llm: {
        judgeScores: { groundedness: recorded.judge.groundedness },
        promptTokens: answer.usage.input,
        completionTokens: answer.usage.output,
      },
      groups: { [GROUP_FIELD]: recorded.segment },
    });
  }
  const scores = cases.map(c => c.judge.groundedness);
  const metrics = {
    groundedness: round(scores.reduce((a, b) => a + b, 0) / scores.length),
    hallucination_rate: round(
      scores.filter(s => s < JUDGE_THRESHOLD).length / scores.length,
    ),
    latency_p95_ms: round(p95(cases.map(c => c.latencyMs)), 1),
  };
  const bias = {
    [GROUP_FIELD]: Object.fromEntries(
      Object.entries(answeredBySegment).map(([segment, t]) => [
        segment,
        round(t.answered / t.total),
      ]),
    ),
  };
  return { metrics, bias, reference: records };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases: RecordedCase[] = JSON.parse(
    fs.readFileSync('eval/fixtures/cases.json', 'utf8'),
  );
  const { metrics, bias, reference } = await evaluate(cases);
  for (const [name, content] of Object.entries({
    'metrics.json': metrics,
    'bias.json': bias,
    'reference.json': reference,
  })) {
    fs.writeFileSync(path.join('eval', name), JSON.stringify(content));
  }
  console.log(
    `groundedness ${metrics.groundedness}, p95 ${metrics.latency_p95_ms} ms; ${reference.length} reference records`,
  );
}
