import net from 'node:net';
import { DemoServiceMetrics } from './DemoServiceMetrics';
import { demoModels } from './demoModels';
import { seededRandom } from './random';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const embedder = demoModels.find(model => model.name === 'doc-embedder')!;
const churn = demoModels.find(model => model.name === 'churn-classifier')!;

describe('DemoServiceMetrics', () => {
  it('serves what Prometheus scrapes of a served model: GenAI durations, CPU, memory and GPU', async () => {
    const port = await freePort();
    const metrics = new DemoServiceMetrics({ host: '127.0.0.1', port });
    try {
      const random = seededRandom(1);
      const records = Array.from({ length: 500 }, () =>
        embedder.record(random, false),
      );
      metrics.observe(embedder, records, false);
      // a model without a serving profile is not a served service
      metrics.observe(churn, [churn.record(random, false)], false);
      const text = await (
        await fetch(`http://127.0.0.1:${port}/metrics`)
      ).text();

      const service = 'service_name="doc-embedder-service"';
      const count = (extra: (labels: string) => boolean) =>
        [
          ...text.matchAll(
            /^gen_ai_client_operation_duration_count\{(.*)\} (\d+)$/gm,
          ),
        ]
          .filter(([, labels]) => labels.includes(service) && extra(labels))
          .reduce((sum, [, , n]) => sum + Number(n), 0);
      expect(count(() => true)).toBe(500);
      // about 0.2% of requests fail, with error.type
      expect(
        count(labels => labels.includes('error_type="timeout"')),
      ).toBeLessThan(10);
      expect(text).toMatch(
        /gen_ai_client_operation_duration_bucket\{[^}]*gen_ai_operation_name="embeddings"[^}]*gen_ai_request_model="text-embedding-3-small"[^}]*le="0\.08"\} \d+/,
      );
      expect(text).toMatch(
        /^container_memory_working_set_bytes\{pod="doc-embedder-0",container="model"\} 3758096384$/m,
      );
      expect(text).toMatch(
        /^DCGM_FI_DEV_GPU_UTIL\{pod="doc-embedder-0",container="model",gpu="0"\} \d+$/m,
      );
      expect(text).toMatch(
        /^container_cpu_usage_seconds_total\{pod="doc-embedder-0",container="model"\} [\d.e-]+$/m,
      );
      expect(text).not.toMatch(/churn/);
    } finally {
      await metrics.stop();
    }
  });
});
