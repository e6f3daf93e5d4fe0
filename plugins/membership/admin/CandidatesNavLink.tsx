import Link from 'next/link'
import type { ServerProps } from 'payload'

import { can } from '@/access'

import { CANDIDATES_PATH } from './paths'

/** The candidates queue in the admin's navigation, for those who decide on candidates. */
export const CandidatesNavLink = ({ user, i18n }: ServerProps) => {
  if (!can(user, 'member.approve_candidate') && !can(user, 'member.reject_candidate')) return null
  return (
    <Link className="nav__link" href={`/admin${CANDIDATES_PATH}`} prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Candidates' : 'Calon anggota'}</span>
    </Link>
  )
}
