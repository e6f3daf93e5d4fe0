import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addAdminViews, addEndpoints, duesRates, memberApproved, registrationDues } from '@/plugin-kit'
import { demoSeeders } from '@/seed/extensions'
import { memberMenu } from '@/site/member/menu'

import { duesViews } from './admin/views'
import { DUES_BILLS, DuesBills } from './collections/DuesBills'
import { DUES_CLAIMS, DuesClaims } from './collections/DuesClaims'
import { DUES_PAYMENTS, DuesPayments } from './collections/DuesPayments'
import { DuesRates } from './collections/DuesRates'
import { DUES_STATEMENT_LINES, DuesStatementLines } from './collections/DuesStatementLines'
import { DUES_STATEMENTS, DuesStatements } from './collections/DuesStatements'
import { withDuesOnMembers } from './collections/MembersDues'
import { billEndpoints } from './endpoints/bills'
import { claimEndpoints } from './endpoints/claims'
import { paymentEndpoints } from './endpoints/payments'
import { statementEndpoints, statementLineEndpoints } from './endpoints/reconcile'
import { duesTasks } from './jobs'
import { settingsFrom, type DuesOptions } from './options'
import { duesGrants, duesPermissions } from './permissions'
import { importRates } from './rates/import'
import { registrationFee, settleRegistrationOnApproval } from './registration/fee'
import { seedDues } from './seed'
import { duesMenu } from './site/menu'

export type { DuesOptions, DuesSettings } from './options'

/**
 * The dues plugin: rates, monthly bills, payments with proofs, claims, arrears, bank-statement
 * reconciliation. Needs the membership plugin (list it after `membershipPlugin()`, before
 * `accessMatrixPlugin()`): it adds its rate fields to `members`, supplies the registration fee
 * and the rates a member import may name.
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
    config = addEndpoints(config, DUES_BILLS, billEndpoints)
    config = addEndpoints(config, DUES_PAYMENTS, paymentEndpoints)
    config = addEndpoints(config, DUES_CLAIMS, claimEndpoints)
    config = addEndpoints(config, DUES_STATEMENTS, statementEndpoints)
    config = addEndpoints(config, DUES_STATEMENT_LINES, statementLineEndpoints)
    config = addAdminViews(config, duesViews)
    config = registrationDues.add(config, [registrationFee])
    config = memberApproved.add(config, [settleRegistrationOnApproval])
    config = duesRates.add(config, [importRates])
    config = memberMenu.add(config, duesMenu)
    config = demoSeeders.add(config, [seedDues])
    return config
  }
