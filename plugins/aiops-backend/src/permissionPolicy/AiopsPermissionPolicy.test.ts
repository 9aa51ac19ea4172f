import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
  aiopsRetrainingReportPermission,
} from '@unified-aiops/plugin-aiops-common';
import { AiopsPermissionPolicy } from './AiopsPermissionPolicy';

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

describe('AiopsPermissionPolicy', () => {
  const policy = new AiopsPermissionPolicy();

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

  it('keeps people from reporting a retraining run, and lets pipelines', async () => {
    expect(
      await policy.handle(
        { permission: aiopsRetrainingReportPermission } as any,
        user as any,
      ),
    ).toEqual({ result: AuthorizeResult.DENY });
    expect(
      await policy.handle({
        permission: aiopsRetrainingReportPermission,
      } as any),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets model services post inference records', async () => {
    await expect(
      policy.handle({ permission: aiopsRecordsCreatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('hands every other decision to the fallback policy', async () => {
    const fallback = {
      handle: jest.fn(
        async (): Promise<PolicyDecision> => ({ result: AuthorizeResult.DENY }),
      ),
    };
    const strict = new AiopsPermissionPolicy({ fallback });
    await expect(
      strict.handle({ permission: aiopsModelReadPermission }, user as any),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    expect(fallback.handle).toHaveBeenCalledTimes(1);
    await expect(
      strict.handle({ permission: aiopsRecordsCreatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    expect(fallback.handle).toHaveBeenCalledTimes(1);
  });
});
