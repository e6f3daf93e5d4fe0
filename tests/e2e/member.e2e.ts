import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paragraphs } from '../../src/lib/rich-text'
import { inbox } from '../helpers/smtp'
import { apiOk as api, type Doc } from './api'
import { browserForFile } from './browser'

const site = inject('site')
const { url, seeded } = site
// The loopback SMTP server's folder, once the e2e global setup starts one (tests/e2e/global-setup.ts).
const mailDir = (site as { mailDir?: string }).mailDir
const stamp = Date.now().toString(36)

const browser = browserForFile()
const contexts: BrowserContext[] = []
let membersOnly: Doc
const member = { email: `anggota-${stamp}@test.balai.test`, password: 'sandi-awal-1', name: `Rina Anggota ${stamp}` }

/** A fresh browser profile (its own cookies) in Indonesian. */
const open = async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[member page error] ${error.message}`))
  return page
}

const fillSignIn = async (page: Page, email: string, password: string) => {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata sandi', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Masuk' }).click()
}

beforeAll(async () => {
  // Prod has no demo seed: the super admin (role.manage) makes a member account, the editor a members-only item.
  const { docs: roles } = await api<{ docs: { id: number }[] }>('admin', 'GET', '/roles?where[name][equals]=member&depth=0')
  await api('super_admin', 'POST', '/users', { email: member.email, password: member.password, name: member.name, role: roles[0].id, region: seeded.regions.home, accountStatus: 'active' })
  const item = await api('editor', 'POST', '/content', {
    title: `Rapat anggota tertutup ${stamp}`,
    slug: `rapat-tertutup-${stamp}`,
    type: 'announcement',
    visibility: 'members',
    excerpt: 'Agenda untuk anggota saja.',
    body: paragraphs('Notulen rapat hanya untuk anggota.'),
  })
  membersOnly = (await api('editor', 'PATCH', `/content/${item.doc.id}`, { workflowStatus: 'published' })).doc
})

afterAll(async () => {
  for (const context of contexts) await context.close()
})

describe('the member area', () => {
  it('signs a member in after a wrong password, opens the profile and saves a new name', async () => {
    const page = await open()
    await page.goto(`${url}/anggota/profil`)
    await page.waitForURL(`${url}/masuk?next=%2Fanggota%2Fprofil`)

    await fillSignIn(page, member.email, 'salah-sekali-9')
    await page.getByRole('alert').getByText('salah').waitFor()
    // The email stays, the password is cleared for the next try.
    expect(await page.getByLabel('Email').inputValue()).toBe(member.email)
    expect(await page.getByLabel('Kata sandi', { exact: true }).inputValue()).toBe('')

    await page.getByLabel('Kata sandi', { exact: true }).fill(member.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.waitForURL(`${url}/anggota/profil`)
    await expect(page.getByTestId('profile-name').textContent()).resolves.toBe(member.name)
    // The header (static on other pages) asks who is signed in after load.
    await page.locator(`header [data-account="${member.name}"]`).waitFor()

    const renamed = `Rina Wulandari ${stamp}`
    await page.getByLabel('Nama').fill(renamed)
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByRole('status').getByText('Profil tersimpan.').waitFor()
    await page.getByTestId('profile-name').getByText(renamed).waitFor()
    member.name = renamed

    // Members-only content opens at its normal address for the member…
    const path = `/pengumuman/${membersOnly.slug}`
    const asMember = await page.goto(`${url}${path}`)
    expect(asMember?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: `Rapat anggota tertutup ${stamp}` }).waitFor()
    // …and is a 404 for a visitor, whose page stays the static one.
    const visitor = await open()
    const asVisitor = await visitor.goto(`${url}${path}`)
    expect(asVisitor?.status()).toBe(404)

    // Signing out: home, "Masuk" again, and the member area sends to the sign-in page.
    await page.goto(`${url}/`)
    await page.locator('header').getByRole('button', { name: 'Keluar' }).click()
    await page.waitForURL(`${url}/`)
    await page.locator('header').getByRole('link', { name: 'Masuk' }).waitFor()
    await page.goto(`${url}/anggota`)
    await page.waitForURL(`${url}/masuk?next=%2Fanggota`)
    expect((await page.goto(`${url}${path}`))?.status()).toBe(404)
  })

  it('gives a candidate 403 on members’ pages and 404 on members-only items, and never follows an outside `next`', async () => {
    const page = await open()
    await page.goto(`${url}/masuk?next=${encodeURIComponent('//evil.test/x')}`)
    await fillSignIn(page, seeded.users.candidate.email, seeded.password)
    await page.waitForURL(`${url}/anggota/profil`)

    const forbidden = await page.goto(`${url}/anggota/konten`)
    expect(forbidden?.status()).toBe(403)
    await page.getByRole('heading', { name: 'Akses ditolak' }).waitFor()
    const english = await page.goto(`${url}/en/anggota/konten`)
    expect(english?.status()).toBe(403)
    await page.getByRole('heading', { name: 'Access denied' }).waitFor()

    expect((await page.goto(`${url}/pengumuman/${membersOnly.slug}`))?.status()).toBe(404)
  })

  it.skipIf(!mailDir)('resets a forgotten password through the mailed link', async () => {
    const mail = inbox(mailDir!)
    const page = await open()
    await page.goto(`${url}/lupa-sandi`)
    await page.getByLabel('Email').fill(member.email)
    await page.getByRole('button', { name: 'Kirim tautan' }).click()
    await page.getByRole('status').getByText('Jika email itu terdaftar').waitFor()

    const message = await mail.waitForMail({ to: member.email, subject: 'Atur ulang kata sandi' }, 30_000)
    const link = message.links.find((href) => href.includes('/atur-ulang-sandi?token='))!
    expect(new URL(link).origin).toBe(url)
    await page.goto(link)
    // The rule is shown and checked before anything is sent.
    await page.getByText('minimal 8 karakter dan berisi huruf serta angka').first().waitFor()
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek')
    await page.getByLabel('Ulangi kata sandi baru').fill('pendek')
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
    await page.getByRole('alert').getByText('minimal 8 karakter').waitFor()

    await page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-baru-22')
    await page.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-22')
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
    await page.waitForURL(`${url}/anggota/profil`)
    await expect(page.getByTestId('profile-name').textContent()).resolves.toBe(member.name)
  })
})
