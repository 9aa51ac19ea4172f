export { ControlMappingCard, FRAMEWORK_NAMES } from './ControlMappingCard';
