import { mockServices } from '@backstage/backend-test-utils';
import { AuditTrail } from '../audit/AuditTrail';
import { ModelInfo } from '../models/ModelDirectory';
import { StatusNotifier } from './StatusNotifier';

function notifier() {
  const logger = mockServices.logger.mock();
  const notifications = { send: jest.fn() };
  const options = {
    catalog: { refreshEntity: jest.fn(async () => {}) },
    notifications,
    events: { publish: jest.fn(async () => {}) },
    auth: mockServices.auth(),
    trail: { append: jest.fn(async () => {}) } as unknown as AuditTrail,
    logger,
  };
  return {
    logger,
    notifications,
    statusNotifier: StatusNotifier.create(options as any),
  };
}

const model = {
  modelRef: 'mlmodel:default/churn',
  owner: 'group:default/ml',
} as ModelInfo;
const change = (status: 'ok' | 'drift') => ({
  kind: 'drift' as const,
  model,
  previous: status === 'ok' ? ('drift' as const) : ('ok' as const),
  status,
  reason: 'a test',
  checkId: '1',
});

describe('StatusNotifier', () => {
  it('logs a side effect that keeps failing once, and again once it works', async () => {
    const { logger, notifications, statusNotifier } = notifier();
    notifications.send.mockRejectedValue(new Error('404 notifications'));
    await statusNotifier.statusChanged(change('drift'));
    await statusNotifier.statusChanged(change('ok'));
    await statusNotifier.statusChanged(change('drift'));
    expect(notifications.send).toHaveBeenCalledTimes(3);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /the owner notification failed; further failures of the owner notification are not logged until it works again/,
    );
    notifications.send.mockResolvedValue(undefined);
    await statusNotifier.statusChanged(change('ok'));
    expect(logger.info).toHaveBeenCalledWith(
      'Status changes: the owner notification works again',
    );
    notifications.send.mockRejectedValue(new Error('down again'));
    await statusNotifier.statusChanged(change('drift'));
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
