export { aiopsCatalogColumns, aiopsStatusColumns } from './aiopsCatalogColumns';
