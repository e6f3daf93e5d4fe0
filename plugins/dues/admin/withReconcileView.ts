import type { Config } from 'payload'

import { RECONCILE_PATH } from './paths'

/** The reconciliation view at /admin/iuran/rekonsiliasi and its link in the admin navigation. */
export const withReconcileView = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/dues/admin/ReconcileNavLink#ReconcileNavLink'],
      views: {
        ...config.admin?.components?.views,
        duesReconcile: { Component: '/plugins/dues/admin/ReconcileView#ReconcileView', path: RECONCILE_PATH, exact: true },
      },
    },
  },
})
