import { retrainingTriggerDecision } from './retrainingTrigger';

const now = '2026-12-03T14:30:00.000Z';
const state = {
  recentStatuses: ['drift', 'drift', 'drift', 'ok'] as const,
  lastRunStartedAt: null,
  runsInFlight: 0,
  now,
};

describe('retrainingTriggerDecision', () => {
  it('triggers once drift held for the consecutive checks', () => {
    expect(
      retrainingTriggerDecision(
        {},
        { ...state, recentStatuses: [...state.recentStatuses] },
      ),
    ).toEqual({ trigger: true, reason: 'drift held for 3 consecutive checks' });
    expect(
      retrainingTriggerDecision(
        {},
        { ...state, recentStatuses: ['drift', 'drift', 'warning', 'drift'] },
      ),
    ).toEqual({
      trigger: false,
      reason: 'drift held for 2 of 3 consecutive checks',
    });
  });

  it('counts warnings only when asked to', () => {
    const mixed = {
      ...state,
      recentStatuses: ['warning', 'drift', 'warning'] as any,
    };
    expect(retrainingTriggerDecision({}, mixed).trigger).toBe(false);
    expect(retrainingTriggerDecision({ onWarning: true }, mixed)).toEqual({
      trigger: true,
      reason: 'drift or warning held for 3 consecutive checks',
    });
  });

  it('waits out the cooldown, saying until when', () => {
    expect(
      retrainingTriggerDecision(
        { cooldownMinutes: 60 },
        {
          ...state,
          recentStatuses: ['drift', 'drift', 'drift'],
          lastRunStartedAt: '2026-12-03T14:00:00.000Z',
        },
      ),
    ).toEqual({
      trigger: false,
      reason:
        'Cooling down: the last run started 2026-12-03T14:00:00.000Z, 60 minutes apart',
      notBefore: '2026-12-03T15:00:00.000Z',
    });
    expect(
      retrainingTriggerDecision(
        { cooldownMinutes: 30 },
        {
          ...state,
          recentStatuses: ['drift', 'drift', 'drift'],
          lastRunStartedAt: '2026-12-03T14:00:00.000Z',
        },
      ).trigger,
    ).toBe(true);
  });

  it('keeps to the pipeline’s concurrency and the allowed hours, wrapping past midnight', () => {
    const drifting = {
      ...state,
      recentStatuses: ['drift', 'drift', 'drift'] as any,
    };
    expect(
      retrainingTriggerDecision(
        { maxConcurrentRuns: 2 },
        { ...drifting, runsInFlight: 2 },
      ).reason,
    ).toBe('2 runs of the pipeline in flight, at most 2');
    expect(
      retrainingTriggerDecision(
        { allowedHours: { from: 22, to: 6 } },
        drifting,
      ),
    ).toEqual({
      trigger: false,
      reason: 'Outside the allowed hours 22:00–6:00 UTC',
      notBefore: '2026-12-03T22:00:00.000Z',
    });
    expect(
      retrainingTriggerDecision(
        { allowedHours: { from: 22, to: 6 } },
        { ...drifting, now: '2026-12-04T03:10:00.000Z' },
      ).trigger,
    ).toBe(true);
    expect(
      retrainingTriggerDecision({ allowedHours: { from: 9, to: 17 } }, drifting)
        .trigger,
    ).toBe(true);
  });

  it('does nothing when off, and refuses a policy it cannot apply', () => {
    expect(
      retrainingTriggerDecision(
        { enabled: false },
        { ...state, recentStatuses: ['drift', 'drift', 'drift'] },
      ),
    ).toEqual({
      trigger: false,
      reason: 'Retraining on drift is off for this model',
    });
    expect(() =>
      retrainingTriggerDecision(
        { consecutiveChecks: 0 },
        { ...state, recentStatuses: [] },
      ),
    ).toThrow(/consecutiveChecks/);
    expect(() =>
      retrainingTriggerDecision(
        { allowedHours: { from: 6, to: 6 } },
        { ...state, recentStatuses: [] },
      ),
    ).toThrow(/from and to must differ/);
  });
});
