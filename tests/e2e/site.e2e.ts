import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { contactFormData } from '../../collections/ContactInbox/contactForm'
import { paragraphs } from '../../src/lib/rich-text'
import { pdfFile } from '../helpers/files'
import { inbox } from '../helpers/smtp'
import { api, apiOk, type Doc } from './api'
import { expectNoSeriousViolations } from './axe'
import { browserForFile, screenshotAtWidths } from './browser'

const { url, mailDir } = inject('site')
const mail = inbox(mailDir)
const stamp = Date.now().toString(36)
/** Stored in a title and an excerpt: must reach every page as text, never as a script. */
const SCRIPT = '<script>window.__balaiXss = 1</script>'

const created = async (role: string, path: string, body: unknown) => (await apiOk(role, 'POST', path, body)).doc

const browser = browserForFile()
const data = {} as { news: Doc; page: Doc; document: Doc; category: Doc }

beforeAll(async () => {
  // Prod has no demo seed: the editor makes what the site shows, the super admin the contact form.
  await created('super_admin', '/forms', contactFormData())
  data.category = await created('editor', '/categories', { name: `Lingkungan ${stamp}`, slug: `lingkungan-${stamp}`, active: true, appliesTo: ['content'] })
  const news = await created('editor', '/content', {
    title: `Kerja bakti ${SCRIPT} warga ${stamp}`,
    slug: `kerja-bakti-${stamp}`,
    type: 'news',
    visibility: 'public',
    excerpt: `Ringkasan ${SCRIPT} kegiatan`,
    body: paragraphs('Warga membersihkan saluran air bersama-sama.'),
    category: data.category.id,
  })
  const published = await api<{ doc: Doc }>('editor', 'PATCH', `/content/${news.id}`, { workflowStatus: 'published' })
  expect(published.status).toBe(200)
  data.news = published.body.doc
  data.page = await created('editor', '/pages', { title: `Profil ${stamp}`, slug: `profil-${stamp}`, template: 'default', visibility: 'public', _status: 'published' })
  const upload = new FormData()
  upload.append('_payload', JSON.stringify({ title: `Laporan tahunan ${stamp}`, docType: 'publication', status: 'published' }))
  const pdf = pdfFile(stamp, 'laporan-tahunan.pdf')
  upload.append('file', new Blob([new Uint8Array(pdf.data)], { type: pdf.mimetype }), pdf.name)
  data.document = await created('editor', '/documents', upload)
  await created('editor', '/officers', { fullName: `Siti Aminah ${stamp}`, positionTitle: 'Ketua', level: 'central', active: true })
})

const visitor = async (width = 1280) => {
  const page = await browser().newPage({ viewport: { width, height: 900 }, locale: 'id-ID' })
  page.on('pageerror', (error) => console.error(`[site page error] ${error.message}`))
  return page
}

/** Loads a path and checks the answer, the page's language, and that no stored script ran or was planted. */
const visit = async (page: Page, path: string, status = 200) => {
  const response = await page.goto(`${url}${path}`)
  expect(response?.status(), path).toBe(status)
  expect(await page.evaluate(() => document.documentElement.lang), path).toBe(path === '/en' || path.startsWith('/en/') ? 'en' : 'id')
  const planted = await page.evaluate(() => ({
    ran: (window as unknown as { __balaiXss?: number }).__balaiXss !== undefined,
    scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.trim() === 'window.__balaiXss = 1').length,
  }))
  expect(planted, path).toEqual({ ran: false, scripts: 0 })
  expect(await response!.text(), path).not.toContain(SCRIPT)
}

describe('the public site in Chromium', () => {
  it('answers every public route in the right language and shows stored markup as text', async () => {
    const page = await visitor()
    const routes = [
      '/',
      '/berita',
      `/berita/${data.news.slug}`,
      '/kegiatan',
      '/pengumuman',
      `/kategori/${data.category.slug}`,
      `/${data.page.slug}`,
      '/pengurus',
      '/publikasi',
      '/regulasi',
      '/kontak',
      '/langganan',
      '/en',
      '/en/berita',
    ]
    for (const route of routes) await visit(page, route)
    // Next 16 sends 404s of on-demand pages as a bare shell and renders the not-found page in the
    // browser: the visitor gets it, in the layout and the address's language, once the page has run.
    for (const [path, heading, lang] of [
      [`/halaman-yang-tidak-ada-${stamp}`, 'Halaman tidak ditemukan', 'id'],
      [`/en/halaman-yang-tidak-ada-${stamp}`, 'Page not found', 'en'],
      [`/berita/tidak-ada-${stamp}`, 'Halaman tidak ditemukan', 'id'],
    ]) {
      expect((await page.goto(`${url}${path}`))?.status(), path).toBe(404)
      await page.getByRole('heading', { name: heading }).waitFor()
      await page.getByRole('navigation').first().waitFor()
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang)
    }

    await visit(page, `/berita/${data.news.slug}`)
    await expect(page.locator('h1').first().textContent()).resolves.toContain(SCRIPT)
    await visit(page, '/berita')
    await expect(page.getByText(`Ringkasan ${SCRIPT} kegiatan`).count()).resolves.toBeGreaterThan(0)
    await page.close()
  })

  it('sends the contact form, showing the server’s refusal first and keeping what was typed', async () => {
    const page = await visitor(390)
    await visit(page, '/kontak')
    const form = page.locator('form[data-form="kontak"]')
    const message = `Kapan posyandu buka? <b>${stamp}</b>`
    await form.locator('[name="name"]').fill('Budi Santoso')
    // Good enough for the browser, not for the server: its 400 shows beside the form.
    await form.locator('[name="email"]').fill('budi@contoh')
    await form.locator('[name="message"]').fill(message)
    await form.getByRole('button', { name: 'Kirim pesan' }).click()
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Alamat email tidak valid')
    await expect(form.locator('[name="message"]').inputValue()).resolves.toBe(message)

    await form.locator('[name="email"]').fill('budi@contoh.id')
    await form.getByRole('button', { name: 'Kirim pesan' }).click()
    await page.getByRole('status').getByText('pesan Anda sudah kami terima').waitFor()

    const { body } = await api<{ docs: Array<{ submissionData: Array<{ field: string; value: string }> }> }>('admin', 'GET', '/form-submissions?sort=-createdAt&limit=1')
    expect(body.docs[0].submissionData).toEqual(
      expect.arrayContaining([
        { field: 'email', value: 'budi@contoh.id', id: expect.any(String) },
        { field: 'message', value: message, id: expect.any(String) },
      ]),
    )
    await page.close()
  })

  it('subscribes through the form and the emailed confirmation link, then unsubscribes', async () => {
    const address = `warga-${stamp}@contoh.id`
    const page = await visitor()
    await visit(page, '/langganan')
    const form = page.locator('form[data-form="langganan"]')
    await form.locator('[name="email"]').fill(address)
    await form.locator('[name="name"]').fill('Ani')
    await form.getByRole('button', { name: 'Berlangganan' }).click()
    await page.getByRole('status').getByText('Periksa kotak masuk').waitFor()

    const letter = await mail.waitForMail({ to: address, subject: 'Konfirmasi' }, 30_000)
    const confirmLink = letter.links.find((link) => link.includes('/langganan/konfirmasi?token='))!
    const unsubscribeLink = letter.links.find((link) => link.includes('/langganan/berhenti?token='))!
    await page.goto(confirmLink)
    await page.locator('[data-result="done"]').getByText('Langganan Anda sudah aktif').waitFor()
    const subscriber = async () =>
      (await api<{ docs: Array<{ status: string }> }>('admin', 'GET', `/subscribers?where[email][equals]=${encodeURIComponent(address)}`)).body.docs[0]?.status
    await expect(subscriber()).resolves.toBe('active')

    await page.goto(`${url}/en/langganan/konfirmasi?token=bukan-token`)
    await page.locator('[data-result="invalid"]').getByText('This link is unknown').waitFor()

    await page.goto(unsubscribeLink)
    await page.getByRole('button', { name: 'Berhenti berlangganan' }).click()
    await page.locator('[data-result="done"]').getByText('Anda sudah berhenti berlangganan').waitFor()
    await expect(subscriber()).resolves.toBe('unsubscribed')
    await page.close()
  })

  it('counts a download from /publikasi', async () => {
    const count = async () => (await api<Doc>('editor', 'GET', `/documents/${data.document.id}`)).body.downloadCount ?? 0
    const before = await count()
    const page = await visitor()
    await visit(page, '/publikasi')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href="/dokumen/${data.document.id}/unduh"]`).click()])
    expect(download.suggestedFilename()).toBe('laporan-tahunan.pdf')
    await expect(count()).resolves.toBe(Number(before) + 1)
    await page.close()
  })

  it('has no serious accessibility violations on home, a list, a detail, search, contact and sign-in; screenshots', async () => {
    const page = await visitor()
    const search = `/cari?q=${encodeURIComponent(`saluran ${stamp}`)}`
    for (const path of ['/', '/berita', `/berita/${data.news.slug}`, search, '/kontak', '/masuk']) {
      await visit(page, path)
      await expectNoSeriousViolations(page)
    }
    await visit(page, '/')
    await screenshotAtWidths(page, 'home')
    await visit(page, `/berita/${data.news.slug}`)
    await screenshotAtWidths(page, 'news-detail')
    await visit(page, search)
    await page.locator('mark').first().waitFor()
    await screenshotAtWidths(page, 'search')
    await page.close()
  })
})
