import type { Config, Payload, TypedUser } from 'payload'

import { can } from '@/access'

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

type WithMenu = { custom?: Record<string, unknown> & { memberMenu?: MemberMenuItem[] } }

/** What core brings; plugins add theirs with `addMemberMenuItems`. */
const coreItems: MemberMenuItem[] = [
  { href: '/anggota/profil', label: { id: 'Profil', en: 'Profile' } },
  { href: '/anggota/konten', label: { id: 'Konten anggota', en: 'Members’ content' }, permission: 'content.view_member' },
]

/**
 * For a plugin's config transformer: appends its entries to `custom.memberMenu`, which the member
 * area reads at render, so core never imports the plugin.
 */
export const addMemberMenuItems = <C extends WithMenu>(config: C, items: MemberMenuItem[]): C => ({
  ...config,
  custom: { ...config.custom, memberMenu: [...(config.custom?.memberMenu ?? []), ...items] },
})

/** The menu this user sees, in the page's language: core's entries, then the plugins', by permission. */
export const memberMenuFor = (config: Pick<Config, 'custom'>, user: unknown, lang: Lang) =>
  [...coreItems, ...(((config as WithMenu).custom?.memberMenu ?? []) as MemberMenuItem[])]
    .filter((item) => (!item.permission || can(user, item.permission)) && (!item.hiddenWith || !can(user, item.hiddenWith)))
    .map((item) => ({ href: localePath(lang, item.href), label: item.label[lang], ...(item.count ? { count: item.count } : {}) }))

/** The menu with each entry's count read (for the member area's frame). */
export const memberMenuWithCounts = async (payload: Payload, user: TypedUser, lang: Lang) =>
  Promise.all(memberMenuFor(payload.config, user, lang).map(async ({ count, ...item }) => ({ ...item, count: count ? await count(payload, user) : 0 })))
