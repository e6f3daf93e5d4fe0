import type { Config } from 'payload'

import { DUES_BILLS } from '../collections/DuesBills'
import { reportEndpoint } from '../endpoints/report'
import { DUES_DASHBOARD_PATH } from './Dashboard/path'

/**
 * The treasurer's dashboard (`/admin/iuran`) with its link in the navigation, and the report
 * endpoint its download buttons call (`GET /api/dues-bills/report`).
 */
export const withDuesDashboard = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === DUES_BILLS ? { ...collection, endpoints: [...(collection.endpoints || []), reportEndpoint] } : collection,
  ),
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/dues/admin/Dashboard/DuesNavLink#DuesNavLink'],
      views: {
        ...config.admin?.components?.views,
        duesDashboard: { Component: '/plugins/dues/admin/Dashboard/DuesDashboardView#DuesDashboardView', path: DUES_DASHBOARD_PATH, exact: true },
      },
    },
  },
})
