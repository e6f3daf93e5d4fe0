import type { AdminView } from '@/plugin-kit'

import { BILLS_PATH, CLAIMS_PATH, DUES_DASHBOARD_PATH, RECONCILE_PATH, VERIFY_PATH } from './paths'

/** The treasurer's screens; each view checks its own access, the nav shows it to the same users. */
export const duesViews: AdminView[] = [
  {
    key: 'duesVerification',
    path: VERIFY_PATH,
    Component: '/plugins/dues/admin/verification/VerificationView#VerificationView',
    nav: { label: { id: 'Verifikasi pembayaran', en: 'Verify payments' }, permission: 'dues.payment.verify' },
  },
  {
    key: 'duesBills',
    path: BILLS_PATH,
    Component: '/plugins/dues/admin/bills/BillsView#BillsView',
    nav: { label: { id: 'Tagihan iuran', en: 'Dues bills' }, permission: ['dues.bill.view_all', 'region.dues.view'] },
  },
  {
    key: 'duesClaims',
    path: CLAIMS_PATH,
    Component: '/plugins/dues/admin/claims/ClaimsView#ClaimsView',
    nav: { label: { id: 'Klaim iuran', en: 'Dues claims' }, permission: 'dues.claim.view_all' },
  },
  {
    key: 'duesDashboard',
    path: DUES_DASHBOARD_PATH,
    Component: '/plugins/dues/admin/Dashboard/DuesDashboardView#DuesDashboardView',
    nav: { label: { id: 'Dasbor iuran', en: 'Dues dashboard' }, permission: ['dues.bill.view_all', 'dues.report.export_all', 'region.dues.view'] },
  },
  {
    key: 'duesReconcile',
    path: RECONCILE_PATH,
    Component: '/plugins/dues/admin/ReconcileView#ReconcileView',
    nav: { label: { id: 'Rekonsiliasi bank', en: 'Bank reconciliation' }, permission: 'dues.payment.verify' },
  },
]
