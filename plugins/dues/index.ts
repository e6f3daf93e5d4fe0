import type { Config, Plugin } from 'payload'

import { declarePermissions, withEndpoints } from '@/access'
import { addDemoSeeder } from '@/seed/extensions'
import { addMemberMenuItems } from '@/site/member/menu'

import { onMemberApproved, provideRegistrationDues } from '../membership/extensions'
import { withTreasurerViews } from './admin/withTreasurerViews'
import { withDuesDashboard } from './admin/withDuesDashboard'
import { DuesBills } from './collections/DuesBills'
import { DuesClaims } from './collections/DuesClaims'
import { DuesPayments } from './collections/DuesPayments'
import { DuesRates } from './collections/DuesRates'
import { withDuesOnMembers } from './collections/MembersDues'
import { billEndpoints, claimEndpoints, paymentEndpoints } from './endpoints'
import { duesTasks } from './jobs'
import { settleRegistrationOnApproval, registrationDues } from './registration'
import { settingsFrom, type DuesOptions } from './options'
import { duesGrants, duesPermissions } from './permissions'
import { withReconciliation } from './reconcile'
import { seedDues } from './seed'

export type { DuesOptions, DuesSettings } from './options'

/**
 * The dues plugin (issue 6): rates, monthly bills, payments with proofs, claims, arrears. Needs
 * the membership plugin (list it after `membershipPlugin()`, before `accessMatrixPlugin()`); it
 * supplies membership's registration dues step and adds its rate fields to `members`.
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
    const settings = settingsFrom(options)
    let config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []).map(withDuesOnMembers), 
        DuesRates,
        withEndpoints(DuesBills, billEndpoints),
        withEndpoints(DuesPayments, paymentEndpoints),
        withEndpoints(DuesClaims, claimEndpoints),
      ],
      jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...duesTasks] },
      custom: { ...incoming.custom, dues: settings },
    }
    config = declarePermissions(config, duesPermissions, duesGrants)
    config = provideRegistrationDues(config, registrationDues)
    config = onMemberApproved(config, settleRegistrationOnApproval)
    config = addMemberMenuItems(config, [{ href: '/anggota/iuran', label: { id: 'Iuran', en: 'Dues' }, permission: 'dues.view_self' }])
    config = addDemoSeeder(config, seedDues)
    config = withTreasurerViews(config)
    config = withDuesDashboard(config)
    config = withReconciliation(config)
    return config
  }
