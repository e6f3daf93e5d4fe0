import Link from 'next/link'
import type { ServerProps } from 'payload'

import { can } from '@/access'
import type { Text } from '@/lib/messages'

import { BILLS_PATH, CLAIMS_PATH, VERIFY_PATH } from './paths'

const links: Array<{ path: string; label: Text; allowed: (user: unknown) => boolean }> = [
  { path: VERIFY_PATH, label: { id: 'Verifikasi pembayaran', en: 'Verify payments' }, allowed: (user) => can(user, 'dues.payment.verify') },
  { path: BILLS_PATH, label: { id: 'Tagihan iuran', en: 'Dues bills' }, allowed: (user) => can(user, 'dues.bill.view_all') || can(user, 'region.dues.view') },
  { path: CLAIMS_PATH, label: { id: 'Klaim iuran', en: 'Dues claims' }, allowed: (user) => can(user, 'dues.claim.view_all') },
]

/** The treasurer's working screens in the admin's navigation, each for those its view lets in. */
export const TreasurerNavLinks = ({ user, i18n }: ServerProps) => {
  const shown = links.filter((link) => link.allowed(user))
  if (shown.length === 0) return null
  return (
    <>
      {shown.map((link) => (
        <Link key={link.path} className="nav__link" href={`/admin${link.path}`} prefetch={false}>
          <span className="nav__link-label">{link.label[i18n.language === 'en' ? 'en' : 'id']}</span>
        </Link>
      ))}
    </>
  )
}
