import type { MemberMenuItem } from '@/site/member/menu'

/** "Iuran" in the member area: the member's bills, payments and claims. */
export const duesMenu: MemberMenuItem[] = [{ href: '/anggota/iuran', label: { id: 'Iuran', en: 'Dues' }, permission: 'dues.view_self' }]
