import type { AdminViewConfig, CollectionConfig, Config } from 'payload'

import { DUES_PAYMENTS } from '../collections/DuesPayments'
import { BILLS_PATH, CLAIMS_PATH, VERIFY_PATH } from './paths'
import { queueEndpoint } from './verification/queue'

const views: Record<string, AdminViewConfig> = {
  duesVerification: { Component: '/plugins/dues/admin/verification/VerificationView#VerificationView', path: VERIFY_PATH, exact: true },
  duesBills: { Component: '/plugins/dues/admin/bills/BillsView#BillsView', path: BILLS_PATH, exact: true },
  duesClaims: { Component: '/plugins/dues/admin/claims/ClaimsView#ClaimsView', path: CLAIMS_PATH, exact: true },
}

/** The verification view's data endpoint, beside the payments' own. */
const withQueueEndpoint = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === DUES_PAYMENTS ? { ...collection, endpoints: [queueEndpoint, ...(collection.endpoints || [])] } : collection

/** The treasurer's working screens (verification queue, bills, claims): admin views, their nav links and the queue's endpoint. */
export const withTreasurerViews = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withQueueEndpoint),
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/dues/admin/TreasurerNavLinks#TreasurerNavLinks'],
      views: { ...config.admin?.components?.views, ...views },
    },
  },
})
