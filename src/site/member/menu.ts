import type { Config, Payload, TypedUser } from 'payload'

import { can } from '@/access'
import { extensionPoint } from '@/plugin-kit/extension-point'

import { localePath, type Lang } from '../i18n'

/**
 * One entry of the member area's menu; `permission` hides it from users who lack it,
 * `hiddenWith` from users who hold that one (a candidates-only entry: hidden from members).
 * `count`, when given, is shown beside the label when above zero (unread notifications).
 */
export type MemberMenuItem = {
  href: string
  label: { id: string; en: string }
  permission?: string
  hiddenWith?: string
  count?: (payload: Payload, user: TypedUser) => Promise<number>
}

/** The plugins' entries, after core's: `memberMenu.add(config, items)` in a plugin's transformer. */
export const memberMenu = extensionPoint<MemberMenuItem>('memberMenu')

/** What core brings. */
const coreItems: MemberMenuItem[] = [
  { href: '/anggota/profil', label: { id: 'Profil', en: 'Profile' } },
  { href: '/anggota/konten', label: { id: 'Konten anggota', en: 'Members’ content' }, permission: 'content.view_member' },
]

/** The menu this user sees, in the page's language: core's entries, then the plugins', by permission. */
export const memberMenuFor = (config: Pick<Config, 'custom'>, user: unknown, lang: Lang) =>
  [...coreItems, ...memberMenu.of(config)]
    .filter((item) => (!item.permission || can(user, item.permission)) && (!item.hiddenWith || !can(user, item.hiddenWith)))
    .map((item) => ({ href: localePath(lang, item.href), label: item.label[lang], ...(item.count ? { count: item.count } : {}) }))

/** The menu with each entry's count read (for the member area's frame). */
export const memberMenuWithCounts = async (payload: Payload, user: TypedUser, lang: Lang) =>
  Promise.all(memberMenuFor(payload.config, user, lang).map(async ({ count, ...item }) => ({ ...item, count: count ? await count(payload, user) : 0 })))
