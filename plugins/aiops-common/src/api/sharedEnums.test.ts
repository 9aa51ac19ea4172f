import { DRIFT_STATUSES, DRIFT_TESTS, GOVERNANCE_STATUSES } from '../entities';
import {
  driftStatusValues,
  driftTestValues,
  governanceStatusValues,
} from './generated/openapi';

describe('what the entities and the API both enumerate', () => {
  it.each([
    ['DRIFT_STATUSES', DRIFT_STATUSES, driftStatusValues],
    ['GOVERNANCE_STATUSES', GOVERNANCE_STATUSES, governanceStatusValues],
    ['DRIFT_TESTS', DRIFT_TESTS, driftTestValues],
  ])(
    '%s lists exactly what the OpenAPI document does, in its order',
    (_, entities, api) => {
      expect([...entities]).toEqual([...api]);
    },
  );
});
