/**
 * The application: POST /answer {"question": ..., "context": [...], "segment": ...}
 * answers from the context, or hands the question over. Environment: OPENAI_BASE_URL
 * (an OpenAI-compatible endpoint), OPENAI_API_KEY, GENAI_MODEL, PORT (8080), and for the
 * portal BACKSTAGE_URL and AIOPS_TOKEN (src/telemetry.ts).
 */
import http from 'node:http';
import { chat, groundedPrompt } from './llm.ts';
import { startTelemetry } from './telemetry.ts';

startTelemetry();
const options = {
  baseUrl: process.env.OPENAI_BASE_URL ?? '${{ values.openaiBaseUrl }}',
  apiKey: process.env.OPENAI_API_KEY ?? '',
  model: process.env.GENAI_MODEL ?? '${{ values.genAiModel }}',
};

http
  .createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/answer') {
      return reply(404, { error: 'POST /answer' });
    }
    let request: { question?: unknown; context?: unknown; segment?: unknown };
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(400, { error: 'the body is not JSON' });
    }
    if (typeof request.question !== 'string' || !Array.isArray(request.context)) {
      return reply(400, { error: 'question (a string) and context (a list) are required' });
    }
    try {
      const answer = await chat(
        groundedPrompt(request.question, request.context.map(String)),
        {
          ...options,
          segment: typeof request.segment === 'string' ? request.segment : undefined,
        },
      );
      return reply(200, { answer: answer.text, answered: answer.answered });
    } catch (error) {
      return reply(502, { error: String(error) });
    }
  })
  .listen(Number(process.env.PORT ?? 8080));
