import { SpanStatusCode, trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HAND_OVER, chat, groundedPrompt } from '../src/llm.ts';
import { GROUP_FIELD } from '../src/evaluate.ts';

const exporter = new InMemorySpanExporter();
trace.setGlobalTracerProvider(
  new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
);

const completion = (content: string) =>
  new Response(
    JSON.stringify({
      model: 'recorded-model-2026',
      choices: [{ message: { content } }],
      usage: { prompt_tokens: 120, completion_tokens: 30 },
    }),
  );

test('a call is one GenAI span with usage, the bias group and the decision', async () => {
  exporter.reset();
  let sent: { url?: string; body?: unknown } = {};
  const answer = await chat(groundedPrompt('Where is my invoice?', ['Invoices are under Billing.']), {
    baseUrl: 'https://llm.example.com/v1/',
    apiKey: 'key',
    model: 'requested-model',
    segment: 'business',
    fetch: async (url, init) => {
      sent = { url: String(url), body: JSON.parse(String(init?.body)) };
      return completion('Under Billing.');
    },
  });
  assert.equal(sent.url, 'https://llm.example.com/v1/chat/completions');
  assert.equal((sent.body as { model: string }).model, 'requested-model');
  assert.deepEqual(answer, {
    text: 'Under Billing.',
    answered: true,
    usage: { input: 120, output: 30 },
    responseModel: 'recorded-model-2026',
  });
  const [span] = exporter.getFinishedSpans();
  assert.equal(span.name, 'chat requested-model');
  assert.deepEqual(span.attributes, {
    'gen_ai.operation.name': 'chat',
    'gen_ai.provider.name': 'openai',
    'gen_ai.request.model': 'requested-model',
    [GROUP_FIELD]: 'business',
    'gen_ai.response.model': 'recorded-model-2026',
    'gen_ai.usage.input_tokens': 120,
    'gen_ai.usage.output_tokens': 30,
    'app.answered': true,
  });
});

test('a hand-over is a negative decision; a failed call an error span', async () => {
  exporter.reset();
  const handedOver = await chat(groundedPrompt('q', []), {
    baseUrl: 'https://llm.example.com/v1',
    apiKey: 'key',
    model: 'm',
    fetch: async () => completion(HAND_OVER),
  });
  assert.equal(handedOver.answered, false);
  await assert.rejects(
    chat(groundedPrompt('q', []), {
      baseUrl: 'https://llm.example.com/v1',
      apiKey: 'key',
      model: 'm',
      fetch: async () => new Response('overloaded', { status: 503 }),
    }),
    /the model answered 503/,
  );
  const failed = exporter.getFinishedSpans()[1];
  assert.equal(failed.status.code, SpanStatusCode.ERROR);
});
