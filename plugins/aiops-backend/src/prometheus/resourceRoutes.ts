import { aiopsModelReadPermission } from '@unified-aiops/plugin-aiops-common';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { readModel } from '../http/modelRequests';
import { PrometheusSource } from './PrometheusSource';
import { ResourceStore } from './ResourceStore';

/** Points of history answered at most, evenly spread over the hours asked. */
const MAX_POINTS = 360;

/** A model's latency, error rate, throughput and resource use as Prometheus reports them. */
export function resourceRoutes(
  context: RouteContext & { source: PrometheusSource; store: ResourceStore },
): DomainRoutes {
  const { source, store } = context;
  return ({ router }) => {
    router.get('/v1/models/:namespace/:name/resources', async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      // the validator applied the spec's default
      const hours = req.query.hours!;
      const notConfigured = source.notConfigured(model);
      if (notConfigured) {
        res.json({
          source: 'prometheus',
          status: 'not-configured',
          rateWindow: source.rateWindow,
          reason: notConfigured,
          queries: {},
          missing: {},
          history: [],
        });
        return;
      }
      const pull = await store.pull(model.modelRef);
      const history = await store.history(
        model.modelRef,
        Date.now() - hours * 3_600_000,
        MAX_POINTS,
      );
      const latest = history[history.length - 1];
      const iso = (ms: number) => new Date(ms).toISOString();
      res.json({
        source: 'prometheus',
        status: pull?.status ?? 'no-data',
        rateWindow: source.rateWindow,
        ...(pull?.reason || !pull
          ? {
              reason:
                pull?.reason ??
                `Not pulled yet: the first pull runs within ${source.intervalSeconds} s of the model's annotations being read`,
            }
          : {}),
        ...(pull ? { pulledAt: iso(pull.pulledAt) } : {}),
        queries: source.queries(model),
        missing: pull?.missing ?? {},
        ...(latest
          ? { latest: { at: iso(latest.at), figures: latest.figures } }
          : {}),
        history: history.map(sample => ({
          at: iso(sample.at),
          figures: sample.figures,
        })),
      });
    });
  };
}
