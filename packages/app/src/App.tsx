import { createApp } from '@backstage/frontend-defaults';
import { aiopsCatalogModule } from '@unified-aiops/plugin-aiops/alpha';
import { homeModule } from './modules/home';
import { navModule } from './modules/nav';

// Plugins are discovered from this package's dependencies (`app.packages: all`);
// modules are added here.
export default createApp({
  features: [aiopsCatalogModule, navModule, homeModule],
});
