export { ResourceUsageCard } from './ResourceUsageCard';
