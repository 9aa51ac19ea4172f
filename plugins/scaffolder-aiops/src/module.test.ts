import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  TemplateAction,
  scaffolderActionsExtensionPoint,
} from '@backstage/plugin-scaffolder-node';
import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { scaffolderModuleAiops } from './module';

describe('scaffolderModuleAiops', () => {
  it('adds the aiops actions to the scaffolder', async () => {
    const added: TemplateAction<any, any, any>[] = [];
    const extensionPoint = {
      addActions: (...actions: TemplateAction<any, any, any>[]) =>
        added.push(...actions),
    };
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, extensionPoint]],
      features: [
        scaffolderModuleAiops,
        // the module extends the scaffolder plugin; a stand-in for it
        createBackendPlugin({
          pluginId: 'scaffolder',
          register(reg) {
            reg.registerInit({ deps: {}, async init() {} });
          },
        }),
        mockServices.rootConfig.factory({
          data: { backend: { baseUrl: 'http://localhost:7007' } },
        }),
      ],
    });
    expect(added.map(a => a.id).sort()).toEqual([
      'aiops:ci:gates',
      'aiops:model:register',
      'aiops:modelcard:create',
      'aiops:runbooks:create',
    ]);
  });
});
