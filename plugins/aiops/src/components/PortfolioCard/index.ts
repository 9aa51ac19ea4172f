export { PortfolioCard } from './PortfolioCard';
