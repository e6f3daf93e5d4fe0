import type { MemberMenuItem } from '@/site/member/menu'
import type { VisitorLink } from '@/site/member/visitor-links'

/** The member area: the card for members, the registration status for candidates. */
export const membershipMenu: MemberMenuItem[] = [
  { href: '/anggota/kartu', label: { id: 'Kartu anggota', en: 'Member card' }, permission: 'membercard.view_self' },
  { href: '/anggota/status', label: { id: 'Status pendaftaran', en: 'Registration status' }, permission: 'membership.status.view', hiddenWith: 'membercard.view_self' },
]

/** "Daftar" in the site's header, for visitors. */
export const joinLink: VisitorLink = { href: '/daftar', label: { id: 'Daftar', en: 'Join' } }
