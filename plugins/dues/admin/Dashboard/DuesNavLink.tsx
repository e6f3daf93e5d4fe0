import Link from 'next/link'
import type { ServerProps } from 'payload'

import { duesScopeOf } from '../../reports/scope'
import { DUES_DASHBOARD_PATH } from './path'

/** The dues dashboard in the admin's navigation, for the treasurer and coordinators. */
export const DuesNavLink = ({ user, i18n }: ServerProps) => {
  if (!duesScopeOf(user)) return null
  return (
    <Link className="nav__link" href={`/admin${DUES_DASHBOARD_PATH}`} prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Dues dashboard' : 'Dasbor iuran'}</span>
    </Link>
  )
}
