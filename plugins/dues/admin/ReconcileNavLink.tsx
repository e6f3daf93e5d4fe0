import Link from 'next/link'
import type { ServerProps } from 'payload'

import { can } from '@/access'

import { RECONCILE_PATH } from './paths'

/** The reconciliation in the admin's navigation, for those who verify payments. */
export const ReconcileNavLink = ({ user, i18n }: ServerProps) => {
  if (!can(user, 'dues.payment.verify')) return null
  return (
    <Link className="nav__link" href={`/admin${RECONCILE_PATH}`} prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Bank reconciliation' : 'Rekonsiliasi bank'}</span>
    </Link>
  )
}
