export { PipelineOverviewCard } from './PipelineOverviewCard';
