import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
} from '@unified-aiops/plugin-aiops-common';
import { DemoPermissionPolicy } from './permissionPolicy';

const user = {
  identity: {
    type: 'user' as const,
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest'],
  },
  token: 'token',
  info: {
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest'],
  },
};

describe('DemoPermissionPolicy', () => {
  const policy = new DemoPermissionPolicy();

  it('lets people read models', async () => {
    await expect(
      policy.handle({ permission: aiopsModelReadPermission }, user as any),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('keeps people from posting inference records', async () => {
    await expect(
      policy.handle({ permission: aiopsRecordsCreatePermission }, user as any),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('lets model services post inference records', async () => {
    await expect(
      policy.handle({ permission: aiopsRecordsCreatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
