import { DriftStatus, GovernanceStatus } from '../entities/constants';

/** One model of the fleet as the fleet page lists it. */
export interface FleetModel {
  entityRef: string;
  name: string;
  title?: string;
  owner?: string;
  system?: string;
  type?: string;
  riskTier?: string;
  lifecycle?: string;
  driftStatus: DriftStatus;
  governanceStatus: GovernanceStatus;
}

/** The whole fleet with counts by status. */
export interface FleetSummary {
  total: number;
  byDriftStatus: Record<DriftStatus, number>;
  byGovernanceStatus: Record<GovernanceStatus, number>;
  models: FleetModel[];
}
