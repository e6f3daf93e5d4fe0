import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addAdminViews, addEndpoints, memberApproved, registrationDues } from '@/plugin-kit'
import { demoSeeders } from '@/seed/extensions'
import { memberMenu } from '@/site/member/menu'

import { DUES_DASHBOARD_PATH } from './admin/Dashboard/path'
import { BILLS_PATH, CLAIMS_PATH, RECONCILE_PATH, VERIFY_PATH } from './admin/paths'
import { queueEndpoint } from './admin/verification/queue'
import { DUES_BILLS, DuesBills } from './collections/DuesBills'
import { DUES_CLAIMS, DuesClaims } from './collections/DuesClaims'
import { DUES_PAYMENTS, DuesPayments } from './collections/DuesPayments'
import { DuesRates } from './collections/DuesRates'
import { DUES_STATEMENT_LINES, DuesStatementLines } from './collections/DuesStatementLines'
import { DUES_STATEMENTS, DuesStatements } from './collections/DuesStatements'
import { withDuesOnMembers } from './collections/MembersDues'
import { billEndpoints, claimEndpoints, paymentEndpoints } from './endpoints'
import { statementEndpoints, statementLineEndpoints } from './endpoints/reconcile'
import { reportEndpoint } from './endpoints/report'
import { duesTasks } from './jobs'
import { settingsFrom, type DuesOptions } from './options'
import { duesGrants, duesPermissions } from './permissions'
import { registrationFee, settleRegistrationOnApproval } from './registration'
import { seedDues } from './seed'

export type { DuesOptions, DuesSettings } from './options'

/**
 * The dues plugin: rates, monthly bills, payments with proofs, claims, arrears, bank-statement
 * reconciliation. Needs the membership plugin (list it after `membershipPlugin()`, before
 * `accessMatrixPlugin()`): it adds its rate fields to `members` and supplies the registration fee.
 */
export const duesPlugin =
  (options: DuesOptions = {}): Plugin =>
  (incoming: Config): Config => {
    if (!incoming.custom?.membership) {
      throw new Error(
        'duesPlugin: plugin keanggotaan diperlukan — daftarkan membershipPlugin() sebelum duesPlugin() / ' +
          'the membership plugin is required — list membershipPlugin() before duesPlugin()',
      )
    }
    let config: Config = {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map(withDuesOnMembers),
        DuesRates,
        DuesBills,
        DuesPayments,
        DuesClaims,
        DuesStatements,
        DuesStatementLines,
      ],
      jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...duesTasks] },
      custom: { ...incoming.custom, dues: settingsFrom(options) },
    }
    config = declarePermissions(config, duesPermissions, duesGrants)
    config = addEndpoints(config, DUES_BILLS, [...billEndpoints, reportEndpoint])
    config = addEndpoints(config, DUES_PAYMENTS, [queueEndpoint, ...paymentEndpoints])
    config = addEndpoints(config, DUES_CLAIMS, claimEndpoints)
    config = addEndpoints(config, DUES_STATEMENTS, statementEndpoints)
    config = addEndpoints(config, DUES_STATEMENT_LINES, statementLineEndpoints)
    config = addAdminViews(config, [
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
    ])
    config = registrationDues.add(config, [registrationFee])
    config = memberApproved.add(config, [settleRegistrationOnApproval])
    config = memberMenu.add(config, [{ href: '/anggota/iuran', label: { id: 'Iuran', en: 'Dues' }, permission: 'dues.view_self' }])
    config = demoSeeders.add(config, [seedDues])
    return config
  }
