import { DriftStatus } from '@unified-aiops/plugin-aiops-common';
import { CheckOutcome, StatusState, nextStatus } from './nextStatus';

function run(results: CheckOutcome[], recoveryChecks = 2) {
  let state: StatusState | undefined;
  return results.map(result => {
    state = nextStatus(state, result, recoveryChecks);
    return state.status;
  });
}

describe('nextStatus', () => {
  it('shows a worse tier at once', () => {
    expect(run(['ok', 'warning', 'drift'])).toEqual(['ok', 'warning', 'drift']);
  });

  it('goes down a tier only after two consecutive better results', () => {
    expect(run(['drift', 'ok', 'ok', 'ok'])).toEqual([
      'drift',
      'drift',
      'ok',
      'ok',
    ]);
  });

  it('recovers to the worst of the confirming results', () => {
    expect(run(['drift', 'warning', 'ok'])).toEqual([
      'drift',
      'drift',
      'warning',
    ]);
  });

  it('does not flap on a borderline feature that drifts every other check', () => {
    const borderline: DriftStatus[] = [
      'ok',
      'warning',
      'ok',
      'warning',
      'ok',
      'warning',
      'ok',
    ];
    const statuses = run(borderline);
    const changes = statuses.filter(
      (s, i) => i > 0 && s !== statuses[i - 1],
    ).length;
    expect(changes).toBe(1);
    expect(statuses.slice(1).every(s => s === 'warning')).toBe(true);
  });

  it('applies no-data at once both ways', () => {
    expect(run(['drift', 'no-data', 'ok'])).toEqual(['drift', 'no-data', 'ok']);
  });

  it('keeps ok, warning and drift through checks with too few records', () => {
    expect(run(['ok', 'insufficient-data', 'insufficient-data'])).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    expect(run(['warning', 'insufficient-data'])).toEqual([
      'warning',
      'warning',
    ]);
    expect(run(['drift', 'insufficient-data'])).toEqual(['drift', 'drift']);
  });

  it('leaves a model never judged at no-data while records are too few', () => {
    expect(run(['insufficient-data', 'insufficient-data'])).toEqual([
      'no-data',
      'no-data',
    ]);
    expect(run(['no-data', 'insufficient-data', 'ok'])).toEqual([
      'no-data',
      'no-data',
      'ok',
    ]);
  });

  it('neither counts too few records toward a recovery nor breaks one', () => {
    expect(run(['drift', 'ok', 'insufficient-data'])).toEqual([
      'drift',
      'drift',
      'drift',
    ]);
    expect(run(['drift', 'ok', 'insufficient-data', 'ok'])).toEqual([
      'drift',
      'drift',
      'drift',
      'ok',
    ]);
    const pending = nextStatus(
      { status: 'drift', pendingStatus: 'warning', pendingCount: 1 },
      'insufficient-data',
      3,
    );
    expect(pending).toEqual({
      status: 'drift',
      pendingStatus: 'warning',
      pendingCount: 1,
    });
  });

  it('honours a configured recovery length', () => {
    expect(run(['drift', 'ok', 'ok'], 3)).toEqual(['drift', 'drift', 'drift']);
    expect(run(['drift', 'ok'], 1)).toEqual(['drift', 'ok']);
  });
});
