export { ServiceQualityCard } from './ServiceQualityCard';
