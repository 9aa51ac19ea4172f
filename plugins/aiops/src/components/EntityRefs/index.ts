export { EntityRefs } from './EntityRefs';
