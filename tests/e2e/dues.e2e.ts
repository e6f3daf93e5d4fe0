/**
 * The dues payment flow in Chromium against the production build: a member sends a proof at
 * /anggota/iuran, the treasurer approves it from the keyboard in the verification queue and
 * rejects the next one with a reason, and the member sees the bill paid and the reason.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { pngFile } from '../helpers/files'
import { apiOk } from './api'
import { browserForFile, screenshot, signInToAdmin } from './browser'

const { url, seeded } = inject('site')
const payer = seeded.payer!
const browser = browserForFile()
const contexts: BrowserContext[] = []

const open = async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[dues page error] ${error.message}`))
  return page
}

beforeAll(async () => {
  // Production seeds nothing: the treasurer bills two months, as from the admin.
  for (const month of [1, 2]) await apiOk('treasurer', 'POST', '/dues-bills/generate', { year: 2036, month })
})

afterAll(async () => {
  for (const context of contexts) await context.close()
})

const billRow = (page: Page, month: string) => page.getByTestId('dues-bills').getByRole('row', { name: new RegExp(`${month} 2036`) })

/** The member sends a proof for one bill only (the form starts with every open bill chosen). */
const sendProof = async (page: Page, month: 'Januari' | 'Februari') => {
  await page.goto(`${url}/anggota/iuran`)
  for (const box of await page.getByRole('checkbox').all()) {
    const label = (await box.evaluate((input) => input.closest('label')?.textContent)) ?? ''
    await box.setChecked(label.includes(`${month} 2036`))
  }
  const proof = await pngFile(`bukti-${month}.png`)
  await page.getByLabel('Bukti transfer (JPG, PNG atau PDF, maks. 2 MB)').setInputFiles({ name: proof.name, mimeType: proof.mimetype, buffer: proof.data })
  await page.getByRole('button', { name: 'Kirim bukti' }).click()
  await page.getByText('Bukti terkirim. Bendahara akan memverifikasinya.').waitFor()
  await billRow(page, month).getByText('Menunggu verifikasi').waitFor()
}

const remaining = async (page: Page) => Number((await page.getByTestId('queue-remaining').textContent())?.replace(/\D/g, ''))

/**
 * Steps through the queue with J until the payer's payment is shown (other files may have left
 * older payments waiting, and the queue is oldest first).
 */
const showPayer = async (page: Page) => {
  const item = page.getByTestId('queue-item')
  for (let step = 0; step < 50; step++) {
    await item.waitFor()
    if ((await page.getByTestId('queue-member').textContent()) === payer.fullName) return item
    const shown = await item.getAttribute('data-payment')
    await page.keyboard.press('j')
    await page.waitForFunction((before) => document.querySelector('[data-testid="queue-item"]')?.getAttribute('data-payment') !== before, shown)
  }
  throw new Error('The payer’s payment is not in the queue.')
}

describe('dues payment verification', () => {
  let member: Page
  let treasurer: Page

  it('the member sends a proof for January', async () => {
    member = await open()
    await member.goto(`${url}/masuk?next=%2Fanggota%2Fiuran`)
    await member.getByLabel('Email').fill(payer.email)
    await member.getByLabel('Kata sandi', { exact: true }).fill(seeded.password)
    await member.getByRole('button', { name: 'Masuk' }).click()
    await member.waitForURL(`${url}/anggota/iuran`)
    await sendProof(member, 'Januari')
  })

  it('the treasurer sees it in the queue beside the member and bill, and approves it with A', async () => {
    treasurer = await signInToAdmin(browser(), url, seeded.users.treasurer.email, seeded.password)
    await treasurer.waitForURL(`${url}/admin`, { timeout: 30_000 })
    // The navigation (a closed drawer at this width) links to the queue.
    expect(await treasurer.locator('nav a.nav__link', { hasText: 'Verifikasi pembayaran' }).getAttribute('href')).toBe('/admin/iuran/verifikasi')
    await treasurer.goto(`${url}/admin/iuran/verifikasi`)
    const item = await showPayer(treasurer)
    const paymentId = await item.getAttribute('data-payment')
    await item.getByText(payer.memberNumber).waitFor()
    await item.getByRole('cell', { name: 'Bulanan Januari 2036' }).waitFor()
    expect(await treasurer.getByTestId('queue-amount-check').textContent()).toBe('Jumlah dibayar sama dengan nominal transfer.')
    const waiting = await remaining(treasurer)
    expect(waiting).toBeGreaterThanOrEqual(1)
    // The proof image, through the access-checked route, actually loaded.
    const image = treasurer.getByTestId('proof-image')
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await screenshot(treasurer, 'dues-verification-queue')

    await treasurer.keyboard.press('a')
    await treasurer.getByRole('status').getByText(`Pembayaran ${payer.fullName} diverifikasi.`).waitFor()
    // The next one (or none) is shown by itself, and the count dropped.
    await expect.poll(() => remaining(treasurer)).toBe(waiting - 1)
    expect(await treasurer.locator(`[data-payment="${paymentId}"]`).count()).toBe(0)
  })

  it('the member sees January paid', async () => {
    await member.goto(`${url}/anggota/iuran`)
    await billRow(member, 'Januari').getByText('Lunas').waitFor()
  })

  it('a shortcut key typed into the reason is text; R then Enter rejects with that reason, which the member reads', async () => {
    await sendProof(member, 'Februari')
    await treasurer.reload()
    const item = await showPayer(treasurer)
    const paymentId = await item.getAttribute('data-payment')
    await item.getByRole('cell', { name: 'Bulanan Februari 2036' }).waitFor()
    // Enter with no reason: refused on the spot, nothing sent.
    await treasurer.keyboard.press('r')
    await treasurer.keyboard.press('Enter')
    await treasurer.getByRole('alert').getByText('Tulis alasan penolakan terlebih dahulu.').waitFor()
    const reason = 'Nominal pada bukti tidak terbaca, mohon unggah ulang.'
    // "a" inside the field must not approve.
    await treasurer.getByLabel('Alasan penolakan (dikirim ke anggota)').pressSequentially(reason)
    expect(await treasurer.locator(`[data-payment="${paymentId}"]`).count()).toBe(1)
    await treasurer.keyboard.press('Enter')
    await treasurer.getByRole('status').getByText(`Pembayaran ${payer.fullName} ditolak.`).waitFor()
    await expect.poll(() => treasurer.locator(`[data-payment="${paymentId}"]`).count()).toBe(0)

    await member.goto(`${url}/anggota/iuran`)
    const history = member.getByTestId('dues-payments')
    await history.getByText(`Alasan: ${reason}`).waitFor()
    await billRow(member, 'Februari').getByText('Belum dibayar').waitFor()
    expect(await billRow(member, 'Februari').getByText('Menunggu verifikasi').count()).toBe(0)
  })

  it('the bills browser finds the member’s bills with their totals; the claims queue opens', async () => {
    await treasurer.goto(`${url}/admin/iuran/tagihan?year=2036&q=${encodeURIComponent(payer.memberNumber)}`)
    const table = treasurer.getByTestId('bills-table')
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBe(2)
    await treasurer.getByTestId('bill-totals').getByText('2 tagihan', { exact: false }).waitFor()
    await treasurer.getByTestId('bill-totals').getByText(/Lunas: 1/).waitFor()
    await screenshot(treasurer, 'dues-bills-browser')
    await treasurer.goto(`${url}/admin/iuran/klaim`)
    await treasurer.getByRole('heading', { name: 'Klaim iuran' }).waitFor()
  })

  it('someone without the permission gets a 403 page and no link', async () => {
    const editor = await signInToAdmin(browser(), url, seeded.users.editor.email, seeded.password)
    await editor.waitForURL(`${url}/admin`, { timeout: 30_000 })
    await editor.locator('nav a.nav__link').first().waitFor({ state: 'attached' })
    expect(await editor.locator('nav a.nav__link', { hasText: 'Verifikasi pembayaran' }).count()).toBe(0)
    await editor.goto(`${url}/admin/iuran/verifikasi`)
    await editor.getByRole('alert').getByText('Anda tidak berhak memverifikasi pembayaran.').waitFor()
    expect(await editor.getByTestId('queue-item').count()).toBe(0)
    await editor.close()
  })
})
