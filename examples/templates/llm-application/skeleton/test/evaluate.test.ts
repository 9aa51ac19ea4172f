import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { GROUP_FIELD, evaluate } from '../src/evaluate.ts';

const cases = JSON.parse(fs.readFileSync('eval/fixtures/cases.json', 'utf8'));

test('the recorded cases give the gate its evidence: groundedness, latency, bias, reference', async () => {
  const { metrics, bias, reference } = await evaluate(cases);
  assert.ok(metrics.groundedness > 0 && metrics.groundedness <= 1);
  assert.ok(metrics.hallucination_rate >= 0 && metrics.hallucination_rate < 1);
  assert.ok(metrics.latency_p95_ms > 0);
  assert.deepEqual(
    Object.keys(bias[GROUP_FIELD]).sort(),
    [...new Set(cases.map((c: { segment: string }) => c.segment))].sort(),
  );
  assert.equal(reference.length, cases.length);
  assert.ok(reference.length >= 100, 'the portal takes a reference of at least 100 records');
});

test('a hand-over lowers its segment’s answered share', async () => {
  const [first] = cases;
  const handedOver = structuredClone(first);
  handedOver.response.choices[0].message.content = 'I will pass this to a colleague.';
  const { bias } = await evaluate([first, handedOver]);
  assert.equal(bias[GROUP_FIELD][first.segment], 0.5);
});
