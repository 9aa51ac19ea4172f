export { FeatureHistogramCard } from './FeatureHistogramCard';
export { histogramData, type HistogramBin } from './histogramData';
