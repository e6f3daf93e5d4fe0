/**
 * The forum journey in Chromium against the production build: a member opens a thread,
 * another member replies in it, a moderator locks it from the thread page; then the reply form
 * is gone and a reply through the API is refused.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { api, apiOk } from './api'
import { browserForFile, screenshot } from './browser'

const { url, seeded } = inject('site')
const stamp = Date.now().toString(36)
const browser = browserForFile()
const contexts: BrowserContext[] = []
const title = `Jadwal rapat anggota ${stamp}`

/** A fresh browser signed in as the seeded user of this key, on `path`. */
const signedIn = async (key: string, path: string) => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[forum page error] ${error.message}`))
  await page.goto(`${url}/masuk?next=${encodeURIComponent(path)}`)
  await page.getByLabel('Email').fill(seeded.users[key].email)
  await page.getByLabel('Kata sandi', { exact: true }).fill(seeded.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.waitForURL(`${url}${path}`)
  return page
}

afterAll(async () => {
  for (const context of contexts) await context.close()
})

const posts = (page: Page) => page.getByTestId('forum-posts').locator('li > div.whitespace-pre-line')

describe('the forum', () => {
  let thread = 0

  it('a member starts a thread from the forum page', async () => {
    const page = await signedIn('member', '/anggota/forum')
    await page.getByRole('link', { name: 'Buat topik baru' }).click()
    await page.waitForURL(`${url}/anggota/forum/baru`)
    await page.getByLabel('Judul').fill(title)
    await page.getByLabel('Kategori').selectOption('kegiatan')
    await page.getByLabel('Isi (teks biasa)').fill('Kapan rapat berikutnya? <script>alert(1)</script>')
    await page.getByRole('button', { name: 'Terbitkan topik' }).click()
    await page.waitForURL(`${url}/anggota/forum`)
    await page.getByRole('link', { name: title }).click()
    await page.waitForURL(/\/anggota\/forum\/\d+$/)
    await page.getByRole('heading', { name: title }).waitFor()
    thread = Number(new URL(page.url()).pathname.split('/').pop())
    // The text is shown as typed, never run.
    expect(await posts(page).first().textContent()).toBe('Kapan rapat berikutnya? <script>alert(1)</script>')
  })

  it('another member opens it and replies', async () => {
    const page = await signedIn('member2', `/anggota/forum/${thread}`)
    await page.getByLabel('Balasan Anda').fill('Sabtu depan, di balai.')
    await page.getByRole('button', { name: 'Balas' }).click()
    await expect.poll(() => posts(page).count()).toBe(2)
    expect(await posts(page).nth(1).textContent()).toBe('Sabtu depan, di balai.')
    // Members get no moderation tools.
    expect(await page.getByTestId('forum-moderation').count()).toBe(0)
  })

  it('a moderator locks it: the reply form is gone and a reply is refused', async () => {
    const moderator = await signedIn('admin', `/anggota/forum/${thread}`)
    await moderator.getByTestId('forum-moderation').getByRole('button', { name: 'Kunci topik' }).click()
    await moderator.getByTestId('forum-locked').waitFor()
    await screenshot(moderator, 'forum-thread-locked')

    const member = await signedIn('member2', `/anggota/forum/${thread}`)
    await member.getByTestId('forum-locked').waitFor()
    expect(await member.getByLabel('Balasan Anda').count()).toBe(0)
    const refused = await api<{ errors?: Array<{ message: string }> }>('member2', 'POST', '/forum-posts', { thread, body: 'Tetap membalas.', author: seeded.users.member2.id })
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0].message).toContain('dikunci')
    const stored = await apiOk<{ docs: unknown[] }>('admin', 'GET', `/forum-posts?where[thread][equals]=${thread}&limit=10`)
    expect(stored.docs).toHaveLength(2)
  })
})
