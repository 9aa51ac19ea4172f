import { createApp } from '@backstage/frontend-defaults';
import { catalogWithStatusColumns } from './modules/catalog/catalogWithStatusColumns';
import { navModule } from './modules/nav';

// Other plugins are discovered from this package's dependencies (`app.packages: all`).
export default createApp({
  features: [catalogWithStatusColumns, navModule],
});
