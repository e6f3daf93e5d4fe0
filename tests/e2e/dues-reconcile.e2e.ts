/**
 * The treasurer reconciles a bank statement in the admin, in Chromium against the production
 * build: upload, the proposed match confirmed from its checkbox (the bill is paid), the other
 * line set aside from the unmatched queue; an editor gets the refusal page.
 */
import { describe, expect, inject, it } from 'vitest'

import { memberRows, memberSheet } from '../helpers/member-sheet'
import { api, apiOk } from './api'
import { browserForFile, screenshotAtWidths, signInToAdmin } from './browser'

const { url, seeded } = inject('site')
const stamp = Date.now().toString(36)
const browser = browserForFile()

type Bill = { id: number; paymentCode: string; transferAmount: number; billStatus: string }

/** One member imported (active at once) and their March 2027 bill, made through the API. */
const memberWithBill = async () => {
  const rows = memberRows(1, `rekon${stamp}`, ['HOME'])
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await memberSheet(rows, 'xlsx'))]), 'anggota.xlsx')
  expect((await apiOk<{ imported: number }>('super_admin', 'POST', '/members/import?mode=commit', form)).imported).toBe(1)
  await apiOk('treasurer', 'POST', '/dues-bills/generate', { year: 2027, month: 3 })
  const { docs: users } = await apiOk<{ docs: Array<{ id: number }> }>('super_admin', 'GET', `/users?where[email][equals]=${encodeURIComponent(String(rows[0].email))}&depth=0`)
  const { docs } = await apiOk<{ docs: Bill[] }>('treasurer', 'GET', `/dues-bills?where[owner][equals]=${users[0].id}&where[periodYear][equals]=2027&where[periodMonth][equals]=3&depth=0`)
  return { bill: docs[0], name: String(rows[0].fullName) }
}

describe('bank reconciliation in the admin', () => {
  it('the treasurer uploads a statement, confirms the proposed match and ignores the other line', async () => {
    const { bill, name } = await memberWithBill()
    const page = await signInToAdmin(browser(), url, seeded.users.treasurer.email, seeded.password)
    await page.waitForURL(`${url}/admin`)
    // The link is in the (collapsible) navigation; the view is opened at its own path.
    expect(await page.locator('a.nav__link', { hasText: 'Rekonsiliasi bank' }).getAttribute('href')).toBe('/admin/iuran/rekonsiliasi')
    await page.goto(`${url}/admin/iuran/rekonsiliasi`)
    await page.getByRole('heading', { name: 'Rekonsiliasi mutasi bank' }).waitFor()

    const statement = [
      'Tanggal;Keterangan;Jumlah;Referensi',
      `05/03/2027;TRF IURAN ${bill.paymentCode};${bill.transferAmount.toLocaleString('id-ID')},00;FT${stamp}`,
      `06/03/2027;SETORAN TUNAI KOPERASI;250.000;KAS${stamp}`,
    ].join('\n')
    await page.getByLabel(/Berkas CSV/).setInputFiles({ name: 'mutasi-maret.csv', mimeType: 'text/csv', buffer: Buffer.from(statement) })
    await page.getByRole('button', { name: 'Unggah dan cocokkan' }).click()
    await page.getByText('2 baris baru disimpan: 1 dengan usulan tagihan, 1 belum cocok.').waitFor()

    const proposal = page.getByRole('row').filter({ hasText: bill.paymentCode })
    await proposal.waitFor()
    expect(await proposal.textContent()).toContain(name)
    expect(await proposal.textContent()).toContain('Tinggi')
    await screenshotAtWidths(page, 'dues-reconcile')
    await page.getByLabel('Pilih semua di halaman ini').check()
    await page.getByRole('button', { name: 'Konfirmasi terpilih (1)' }).click()
    await page.getByText('1 baris dikonfirmasi.', { exact: true }).waitFor()
    await expect.poll(async () => (await apiOk<Bill>('treasurer', 'GET', `/dues-bills/${bill.id}?depth=0`)).billStatus).toBe('paid')

    const queued = page.getByRole('row').filter({ hasText: 'SETORAN TUNAI KOPERASI' })
    await queued.getByLabel('Alasan diabaikan').fill('Setoran kas koperasi, bukan iuran.')
    await queued.getByRole('button', { name: 'Abaikan' }).click()
    await page.getByText('Baris diabaikan.', { exact: true }).waitFor()
    await page.getByText('1 baris diabaikan.', { exact: true }).waitFor()
    await page.close()
  })

  it('an editor gets the refusal page and no link', async () => {
    const page = await signInToAdmin(browser(), url, seeded.users.editor.email, seeded.password)
    await page.waitForURL(`${url}/admin`)
    expect(await page.locator('a.nav__link', { hasText: 'Rekonsiliasi bank' }).count()).toBe(0)
    await page.goto(`${url}/admin/iuran/rekonsiliasi`)
    await page.getByText('Anda tidak berhak merekonsiliasi pembayaran.').waitFor()
    expect((await api('editor', 'GET', '/dues-statement-lines')).status).toBe(403)
    await page.close()
  })
})
