export { WaiversCard, type WaiverActions } from './WaiversCard';
