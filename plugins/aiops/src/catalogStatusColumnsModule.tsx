import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin, {
  CatalogIndexPage,
} from '@backstage/plugin-catalog/alpha';
import { aiopsCatalogColumns } from './components/catalogColumns';

/**
 * Adds the drift and governance status columns to the catalog table (new frontend system).
 * The catalog page has no column input, so this module overrides the page's loader and
 * keeps everything else: the filters from their extensions, pagination from config.
 */
export const aiopsCatalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    catalogPlugin.getExtension('page:catalog').override({
      factory(originalFactory, { inputs, config }) {
        return originalFactory({
          params: {
            loader: async () => (
              <CatalogIndexPage
                columns={aiopsCatalogColumns}
                pagination={config.pagination}
                filters={
                  <>
                    {inputs.filters.map(filter =>
                      filter.get(coreExtensionData.reactElement),
                    )}
                  </>
                }
              />
            ),
          },
        });
      },
    }),
  ],
});
