/**
 * The model call: an OpenAI-compatible chat completion, as one OpenTelemetry GenAI span
 * (semantic conventions: gen_ai.operation.name, gen_ai.provider.name,
 * gen_ai.request.model, gen_ai.response.model, gen_ai.usage.*), carrying the attributes
 * the portal's checks read (the bias group, the decision) as its entity names them.
 */
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

export interface ChatOptions {
  /** An OpenAI-compatible endpoint, e.g. https://api.openai.com/v1. */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** The group the portal's bias check compares answers across. */
  segment?: string;
  /** Replaced in tests by recorded answers: no network there. */
  fetch?: typeof fetch;
}

export interface ChatAnswer {
  text: string;
  /** Whether it answered (true) or handed the question to a person (false). */
  answered: boolean;
  usage: { input: number; output: number };
  responseModel: string;
}

/** What the application says when the context does not hold the answer. */
export const HAND_OVER = 'I will pass this to a colleague.';

const tracer = trace.getTracer('${{ values.name }}');

export async function chat(
  messages: Array<{ role: 'system' | 'user'; content: string }>,
  options: ChatOptions,
): Promise<ChatAnswer> {
  return tracer.startActiveSpan(
    `chat ${options.model}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': options.model,
        ...(options.segment && { ${{ values.groupField | dump }}: options.segment }),
      },
    },
    async span => {
      try {
        const response = await (options.fetch ?? fetch)(
          `${options.baseUrl.replace(/\/$/, '')}/chat/completions`,
          {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${options.apiKey}`,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({ model: options.model, messages }),
          },
        );
        if (!response.ok) {
          throw new Error(`the model answered ${response.status}`);
        }
        const body = (await response.json()) as {
          model: string;
          choices: Array<{ message: { content: string } }>;
          usage: { prompt_tokens: number; completion_tokens: number };
        };
        const text = body.choices[0]?.message.content ?? '';
        const answer: ChatAnswer = {
          text,
          answered: !text.includes(HAND_OVER),
          usage: {
            input: body.usage.prompt_tokens,
            output: body.usage.completion_tokens,
          },
          responseModel: body.model,
        };
        span.setAttributes({
          'gen_ai.response.model': answer.responseModel,
          'gen_ai.usage.input_tokens': answer.usage.input,
          'gen_ai.usage.output_tokens': answer.usage.output,
          'app.answered': answer.answered,
        });
        span.setStatus({ code: SpanStatusCode.OK });
        return answer;
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
        span.setAttribute('error.type', (error as Error).name ?? 'Error');
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** The prompt: answer from the context only, or hand over. */
export function groundedPrompt(question: string, context: string[]) {
  return [
    {
      role: 'system' as const,
      content: `Answer only from the context below. When it does not hold the answer, say exactly: "${HAND_OVER}"\n\n${context
        .map((c, i) => `[${i + 1}] ${c}`)
        .join('\n')}`,
    },
    { role: 'user' as const, content: question },
  ];
}
