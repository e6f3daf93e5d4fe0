/**
 * The membership journey, in Chromium against the production build: a visitor registers through
 * every step, verifies the email from the loopback SMTP server, an admin approves in the admin
 * UI, the member sees the card, and its QR token verifies (a tampered one does not).
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { pngFile } from '../helpers/files'
import { inbox } from '../helpers/smtp'
import { browserForFile, screenshot, signInToAdmin } from './browser'

const { url, seeded, mailDir } = inject('site')
const stamp = Date.now().toString(36)
const browser = browserForFile()
const contexts: BrowserContext[] = []
const person = { name: `Sari Anggota ${stamp}`, email: `daftar-${stamp}@test.balai.test`, password: 'sandi-daftar-7' }

const open = async (locale = 'id-ID') => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[registration page error] ${error.message}`))
  return page
}

afterAll(async () => {
  for (const context of contexts) await context.close()
})

const alertText = (page: Page) => page.getByRole('alert').first().textContent()

describe('membership', () => {
  let candidate: Page
  let token = ''

  it('a visitor registers through every step; refused answers keep what was typed', async () => {
    candidate = await open()
    await candidate.goto(`${url}/`)
    await candidate.locator('header').getByRole('link', { name: 'Daftar' }).click()
    await candidate.waitForURL(`${url}/daftar`)

    // Account: a confirmation that does not match is refused, the rest stays filled in.
    await candidate.getByLabel('Nama lengkap').fill(person.name)
    await candidate.getByLabel('Email').fill(person.email)
    await candidate.getByLabel('Kata sandi', { exact: true }).fill(person.password)
    await candidate.getByLabel('Ulangi kata sandi').fill('sandi-lain-8')
    await candidate.getByRole('button', { name: 'Buat akun dan lanjutkan' }).click()
    await expect.poll(() => alertText(candidate)).toContain('Konfirmasi kata sandi tidak sama.')
    expect(await candidate.getByLabel('Email').inputValue()).toBe(person.email)
    await candidate.getByLabel('Ulangi kata sandi').fill(person.password)
    await candidate.getByRole('button', { name: 'Buat akun dan lanjutkan' }).click()

    // Details: a missing field is named; what was typed stays.
    await candidate.getByRole('heading', { name: 'Data diri' }).waitFor()
    await candidate.getByLabel('Nomor HP').fill('0812 3456 7890')
    await candidate.getByLabel('Nama perguruan tinggi').fill('Universitas Uji Coba')
    await candidate.getByLabel('Status kepegawaian').selectOption('kontrak_pkwt')
    await candidate.getByLabel('Jabatan fungsional').selectOption('lektor')
    await candidate.getByLabel('Rentang gaji').selectOption('3_6')
    await candidate.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()
    await expect.poll(() => alertText(candidate)).toContain('Fakultas wajib diisi.')
    expect(await candidate.getByLabel('Nama perguruan tinggi').inputValue()).toBe('Universitas Uji Coba')
    await candidate.getByLabel('Fakultas').fill('Teknik')
    await candidate.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()

    await candidate.getByRole('heading', { name: 'Wilayah', exact: true }).waitFor()
    await candidate.getByLabel('Wilayah').selectOption(String(seeded.regions.home))
    await candidate.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()

    await candidate.getByRole('heading', { name: 'Persetujuan AD/ART' }).waitFor()
    expect(await candidate.getByRole('link', { name: /Baca AD\/ART/ }).getAttribute('href')).toBe('/ad-art')
    await candidate.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()
    await expect.poll(() => alertText(candidate)).toContain('Centang persetujuan AD/ART')
    await candidate.getByLabel('Saya telah membaca dan menyetujui AD/ART organisasi.').check()
    await candidate.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()

    // The app ships with the dues plugin: its amount, the payment info and the proof upload follow.
    await candidate.getByTestId('dues-amount').waitFor()
    await candidate.getByRole('button', { name: 'Lanjutkan' }).click()
    await candidate.getByRole('button', { name: 'Saya sudah membayar' }).click()
    const proof = await pngFile('bukti-transfer.png')
    await candidate.getByLabel('Berkas bukti bayar').setInputFiles({ name: proof.name, mimeType: proof.mimetype, buffer: proof.data })
    await candidate.getByRole('button', { name: 'Unggah dan lanjutkan' }).click()

    await candidate.getByTestId('verify-intro').getByText(person.email).waitFor()
    await screenshot(candidate, 'membership-verify-step')

    // Leaving and coming back resumes at the step the server kept.
    await candidate.goto(`${url}/berita`)
    await candidate.goto(`${url}/daftar`)
    await candidate.getByTestId('verify-intro').waitFor()
  })

  it('the email link verifies; the status page says the board decides next', async () => {
    const mail = inbox(mailDir)
    const message = await mail.waitForMail({ to: person.email, subject: 'Verifikasi email' }, 30_000)
    const link = message.links.find((href) => href.includes('/daftar/verifikasi?token='))!
    await candidate.goto(link)
    await candidate.getByRole('status').getByText('Email Anda terverifikasi.').waitFor()
    await candidate.getByRole('link', { name: 'Lihat status pendaftaran' }).click()
    await candidate.getByTestId('onboarding-state').getByText('Email terverifikasi').waitFor()
    expect(await candidate.getByTestId('next-step').textContent()).toContain('Pengurus sedang memeriksa')
    // A candidate has no card yet.
    const card = await candidate.goto(`${url}/anggota/kartu`)
    expect(card?.status()).toBe(403)
  })

  it('an admin approves the candidate in the admin UI', async () => {
    const admin = await signInToAdmin(browser(), url, seeded.users.admin.email, seeded.password)
    await admin.waitForURL(`${url}/admin`, { timeout: 30_000 })
    await admin.goto(`${url}/admin/calon-anggota`)
    const entry = admin.locator('article').filter({ has: admin.getByRole('heading', { name: person.name }) })
    await entry.getByRole('button', { name: 'Setujui' }).click()
    await admin.getByText('Calon anggota disetujui.').waitFor()
    await admin.close()
  })

  it('the member sees the card, downloads it as PDF, and its QR token verifies; a tampered one does not', async () => {
    await candidate.goto(`${url}/anggota/kartu`)
    const card = candidate.getByTestId('member-card')
    await card.waitFor()
    expect(await candidate.getByTestId('card-name').textContent()).toBe(person.name)
    expect(await candidate.getByTestId('card-number').textContent()).toMatch(/^SPK-\d{4}-\d{5}$/)
    token = (await card.getAttribute('data-token'))!
    await screenshot(candidate, 'membership-card')

    const pdf = await candidate.request.get(`${url}/api/members/card.pdf`, { headers: { 'sec-fetch-site': 'same-origin' } })
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment;/)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    const visitor = await open()
    await visitor.goto(`${url}/verifikasi/${token}`)
    await visitor.getByText('Kartu ini asli.').waitFor()
    expect(await visitor.getByTestId('check-name').textContent()).toBe(person.name)
    expect(await visitor.getByTestId('check-status').getAttribute('data-status')).toBe('active')

    const [payloadPart, signature] = token.split('.')
    const tampered = `${payloadPart.slice(0, -2)}${payloadPart.endsWith('A') ? 'B' : 'A'}${payloadPart.slice(-1)}.${signature}`
    await visitor.goto(`${url}/verifikasi/${tampered}`)
    await visitor.locator('[data-result="invalid"]').waitFor()
    expect(await visitor.getByText('Kartu ini asli.').count()).toBe(0)
  })

  it('the public key is published for offline checks', async () => {
    const response = await fetch(`${url}/api/members/card-key`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  })
})
