import { DriftStatus } from '@unified-aiops/plugin-aiops-common';
import { StatusState, nextStatus } from './nextStatus';

function run(results: DriftStatus[], recoveryChecks = 2) {
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

  it('honours a configured recovery length', () => {
    expect(run(['drift', 'ok', 'ok'], 3)).toEqual(['drift', 'drift', 'drift']);
    expect(run(['drift', 'ok'], 1)).toEqual(['drift', 'ok']);
  });
});
