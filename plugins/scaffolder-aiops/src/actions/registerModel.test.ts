import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import yaml from 'yaml';
import { createRegisterModelAction } from './registerModel';
import { examples } from './registerModel.examples';

const exampleInput = (i: number) =>
  yaml.parse(examples[i].example).steps[0].input;

/**
 * A stand-in for the aiops backend's registration route: answers as it does (201 the
 * first time, 200 for the same body, 409 for another), recording what it was sent.
 */
async function standInBackend() {
  const calls: Array<{ url: string; authorization?: string; body: any }> = [];
  const stored = new Map<string, string>();
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', chunk => (text += chunk));
    req.on('end', () => {
      calls.push({
        url: req.url!,
        authorization: req.headers.authorization,
        body: JSON.parse(text),
      });
      const before = stored.get(req.url!);
      res.setHeader('content-type', 'application/json');
      if (before !== undefined && before !== text) {
        res.statusCode = 409;
        res.end(
          JSON.stringify({
            error: {
              name: 'ConflictError',
              message: 'registered with other content',
            },
            response: { statusCode: 409 },
          }),
        );
        return;
      }
      stored.set(req.url!, text);
      res.statusCode = before === undefined ? 201 : 200;
      res.end(JSON.stringify({ registeredBy: 'user:default/mock' }));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { calls, baseUrl: `http://127.0.0.1:${port}/api/aiops`, server };
}

describe('aiops:model:register', () => {
  let backend: Awaited<ReturnType<typeof standInBackend>>;
  beforeEach(async () => {
    backend = await standInBackend();
  });
  afterEach(() => backend.server.close());

  const action = () =>
    createRegisterModelAction({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async () => backend.baseUrl,
        getExternalBaseUrl: async () => backend.baseUrl,
      },
      config: mockServices.rootConfig({
        data: { app: { baseUrl: 'https://portal.example.com' } },
      }),
    });

  it.each(examples.map((e, i) => [e.description, i]))(
    'example "%s" registers on behalf of the template user',
    async (_description, i) => {
      const input = exampleInput(i as number);
      const ctx = createMockActionContext({
        input,
        templateInfo: {
          entityRef: 'template:default/classic-ml-service',
          baseUrl: 'file:///templates',
        },
      });
      await action().handler(ctx);
      expect(backend.calls).toHaveLength(1);
      const [call] = backend.calls;
      expect(call.url).toBe(
        `/api/aiops/v1/models/default/${input.name}/registration`,
      );
      // the user's token for the aiops plugin, not the scaffolder's own
      expect(call.authorization).toBe(
        `Bearer ${mockCredentials.service.token({
          onBehalfOf: mockCredentials.user(),
          targetPluginId: 'aiops',
        })}`,
      );
      expect(call.body).toEqual({
        owner: input.owner,
        system: input.system ?? null,
        monitoring: input.monitoring,
        repositoryUrl: input.repositoryUrl ?? null,
        templateRef: 'template:default/classic-ml-service',
      });
      expect(ctx.output).toHaveBeenCalledWith(
        'entityRef',
        `mlmodel:default/${input.name}`,
      );
      expect(ctx.output).toHaveBeenCalledWith(
        'monitoringUrl',
        `https://portal.example.com/catalog/default/mlmodel/${input.name}/monitoring`,
      );
      expect(ctx.output).toHaveBeenCalledWith(
        'registeredBy',
        'user:default/mock',
      );
    },
  );

  it('is safe to re-run, and says why when the backend refuses', async () => {
    const input = exampleInput(0);
    await action().handler(createMockActionContext({ input }));
    const rerun = createMockActionContext({
      input,
      logger: mockServices.logger.mock(),
    });
    await action().handler(rerun);
    expect(rerun.logger.info).toHaveBeenCalledWith(
      expect.stringContaining('was registered before with the same content'),
    );
    await expect(
      action().handler(
        createMockActionContext({
          input: { ...input, owner: 'group:default/other' },
        }),
      ),
    ).rejects.toThrow(
      'The aiops backend refused to register mlmodel:default/fraud-scorer (409): registered with other content',
    );
  });

  it('checks the monitoring against the MLModel schema, calling nothing in a dry run', async () => {
    // the mock context takes no isDryRun: the scaffolder sets it on the context
    const dry = {
      ...createMockActionContext({
        input: exampleInput(0),
        logger: mockServices.logger.mock(),
      }),
      isDryRun: true,
    };
    await action().handler(dry);
    expect(backend.calls).toEqual([]);
    expect(dry.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Dry run: would register mlmodel:default\/fraud-scorer/,
      ),
    );
    await expect(
      action().handler({
        ...createMockActionContext({
          input: {
            ...exampleInput(0),
            monitoring: { features: [{ name: 'amount', kind: 'number' }] },
          },
        }),
        isDryRun: true,
      }),
    ).rejects.toThrow(
      /^Invalid input to aiops:model:register: monitoring\.features\.0\.kind: /,
    );
    await expect(
      action().handler(
        createMockActionContext({
          input: { ...exampleInput(0), name: '../etc', owner: 'a b' },
        }),
      ),
    ).rejects.toThrow(
      'Invalid input to aiops:model:register: name: an entity name: letters, digits, . _ -; owner: an entity ref such as group:default/team-risk',
    );
    expect(backend.calls).toEqual([]);
  });
});
