export { FieldGrid, type Field } from './FieldGrid';
