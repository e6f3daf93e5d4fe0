import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { memberMenu, memberMenuFor } from '@/site/member/menu'

import { as, testPayload } from '../helpers/api'

const payload = await testPayload()
/** The app's config without the menu entries of the plugins it lists (membership). */
const coreOnly = { ...payload.config, custom: { ...payload.config.custom, memberMenu: [] } } as unknown as Config

/** What a plugin does in its config transformer; core never imports it. */
const duesPlugin = (config: Config) =>
  memberMenu.add(config, [{ href: '/anggota/iuran', label: { id: 'Iuran', en: 'Dues' }, permission: 'membercard.view_self' }])
const forumPlugin = (config: Config) => memberMenu.add(config, [{ href: '/anggota/forum', label: { id: 'Forum', en: 'Forum' } }])

describe('the member menu', () => {
  it('lists core’s entries, then each plugin’s, in the page’s language, by permission', async () => {
    const config = forumPlugin(duesPlugin(coreOnly))
    // The transformer keeps what other plugins put in `custom`.
    expect(Object.keys(config.custom ?? {})).toEqual(expect.arrayContaining(Object.keys(payload.config.custom ?? {})))

    const member = await as(payload, 'member')
    expect(memberMenuFor(config, member.user, 'id')).toEqual([
      { href: '/anggota/profil', label: 'Profil' },
      { href: '/anggota/konten', label: 'Konten anggota' },
      { href: '/anggota/iuran', label: 'Iuran' },
      { href: '/anggota/forum', label: 'Forum' },
    ])

    // A candidate holds neither content.view_member nor membercard.view_self.
    const candidate = await as(payload, 'candidate')
    expect(memberMenuFor(config, candidate.user, 'en')).toEqual([
      { href: '/en/anggota/profil', label: 'Profile' },
      { href: '/en/anggota/forum', label: 'Forum' },
    ])

    // Without plugins, core's entries only.
    expect(memberMenuFor(coreOnly, member.user, 'id').map((item) => item.href)).toEqual(['/anggota/profil', '/anggota/konten'])
  })

  it('the enabled plugins: card, dues, surveys and notifications for members; the registration status and their surveys for candidates', async () => {
    const member = await as(payload, 'member')
    const candidate = await as(payload, 'candidate')
    expect(memberMenuFor(payload.config, member.user, 'id').map((item) => item.label)).toEqual(expect.arrayContaining(['Profil', 'Konten anggota', 'Kartu anggota', 'Iuran', 'Survei', 'Notifikasi']))
    expect(memberMenuFor(payload.config, candidate.user, 'id').map((item) => item.label)).toEqual(['Profil', 'Status pendaftaran', 'Survei'])
  })
})
