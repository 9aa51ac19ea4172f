import { coreExtensionData } from '@backstage/frontend-plugin-api';
import catalogPlugin, {
  CatalogIndexPage,
} from '@backstage/plugin-catalog/alpha';
import { aiopsCatalogColumns } from '@unified-aiops/plugin-aiops';

/**
 * The catalog plugin with the AI DevOps status columns in its table. The new frontend
 * system's catalog page has no column input, so the app overrides the page's loader and
 * keeps everything else (filters from their extensions, pagination from config).
 */
export const catalogWithStatusColumns = catalogPlugin.withOverrides({
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
