export { ModelOverviewCard } from './ModelOverviewCard';
