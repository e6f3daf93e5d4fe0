import Link from 'next/link'
import type { ServerProps } from 'payload'

import { can } from '@/access'

import { mayExport } from '../import/export'
import { IMPORT_PATH } from './paths'

/** Member import/export in the admin's navigation, for those who may import or export. */
export const ImportNavLink = ({ user, i18n }: ServerProps) => {
  if (!can(user, 'members.bulk_import') && !mayExport(user)) return null
  return (
    <Link className="nav__link" href={`/admin${IMPORT_PATH}`} prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Member import & export' : 'Impor & ekspor anggota'}</span>
    </Link>
  )
}
