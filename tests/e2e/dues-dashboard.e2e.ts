/**
 * The treasurer's dues dashboard (`/admin/iuran`) in Chromium on the production build: the
 * figures with their charts and tables, the report downloads; a coordinator's regional recap;
 * an editor refused. Members come in through the bulk import, their bills from the generator.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { memberRows, memberSheet } from '../helpers/member-sheet'
import { apiOk } from './api'
import { expectNoSeriousViolations } from './axe'
import { browserForFile, screenshotAtWidths, signInToAdmin } from './browser'

const { url, seeded } = inject('site')
const browser = browserForFile()
const MEMBERS = 6

// Imported members joined this month: their first monthly bill is next month's.
const today = new Date()
const next = today.getUTCMonth() === 11 ? { year: today.getUTCFullYear() + 1, month: 1 } : { year: today.getUTCFullYear(), month: today.getUTCMonth() + 2 }
const nextKey = `${next.year}-${String(next.month).padStart(2, '0')}`

const signedIn = async (role: string) => {
  const page = await signInToAdmin(browser(), url, seeded.users[role].email, seeded.password)
  await page.waitForURL(`${url}/admin`, { timeout: 30_000 })
  await page.goto(`${url}/admin/iuran`)
  return page
}

/** Clicks a download button of the report form; the file's name and text. */
const downloadReport = async (page: Page, button: string) => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '') }
}

describe('dues dashboard', () => {
  it('the treasurer sees what is outstanding, with charts and tables, and downloads the recap', async () => {
    const form = new FormData()
    const sheet = await memberSheet(memberRows(MEMBERS, `iuran${Date.now().toString(36)}`, ['HOME']), 'xlsx')
    form.append('file', new Blob([new Uint8Array(sheet)]), 'anggota.xlsx')
    expect((await apiOk<{ imported: number }>('super_admin', 'POST', '/members/import?mode=commit', form)).imported).toBe(MEMBERS)
    // Other files' members share this database: the figures are compared with the bills as stored.
    const bills = async (where: string) => (await apiOk<{ totalDocs: number }>('treasurer', 'GET', `/dues-bills?limit=1&depth=0&${where}`)).totalDocs
    const nextPeriod = `where[periodYear][equals]=${next.year}&where[periodMonth][equals]=${next.month}&where[billType][equals]=monthly`
    const before = await bills(nextPeriod)
    const { created } = await apiOk<{ created: number }>('treasurer', 'POST', '/dues-bills/generate', next)
    expect(created).toBeGreaterThanOrEqual(MEMBERS)
    expect(await bills(nextPeriod)).toBe(before + created)
    const unpaid = await bills('where[billStatus][equals]=unpaid')
    const homeBilled = await bills(`${nextPeriod}&where[region][equals]=${seeded.regions.home}`)

    const page = await signedIn('treasurer')
    await page.getByRole('heading', { level: 1, name: 'Dasbor iuran' }).waitFor()
    await expect.poll(() => page.locator('dl > div').filter({ hasText: 'Belum dibayar' }).textContent()).toContain(`${unpaid.toLocaleString('id-ID')} tagihan`)
    // Each chart is an image with its title, its numbers also a table.
    for (const title of ['Iuran terkumpul per bulan (12 bulan terakhir)', 'Tunggakan menurut tingkat']) {
      await page.getByRole('img', { name: title }).waitFor()
      await page.getByRole('table', { name: title }).waitFor()
    }
    expect(await page.getByRole('table', { name: 'Iuran terkumpul per bulan (12 bulan terakhir)' }).locator('tbody tr').count()).toBe(12)
    await page.getByRole('link', { name: 'Dasbor iuran' }).waitFor()
    await expectNoSeriousViolations(page)
    await screenshotAtWidths(page, 'dues-dashboard')

    await page.getByLabel('Dari bulan').fill(nextKey)
    await page.getByLabel('Sampai bulan').fill(nextKey)
    const csv = await downloadReport(page, 'Unduh CSV')
    expect(csv.name).toBe(`iuran-rekap-semua-${nextKey}_${nextKey}.csv`)
    const lines = csv.text.trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/^Periode,Kode wilayah,Wilayah,Jenis tagihan,Tagihan,/)
    expect(lines.find((line) => line.startsWith(`${nextKey},HOME,`))).toMatch(new RegExp(`,Bulanan,${homeBilled},`))
    const xlsx = await downloadReport(page, 'Unduh XLSX')
    expect(xlsx.name).toBe(`iuran-rekap-semua-${nextKey}_${nextKey}.xlsx`)
    await page.close()
  })

  it('a coordinator sees their region’s recap and downloads only that', async () => {
    const page = await signedIn('coordinator')
    await page.getByRole('heading', { level: 1, name: /^Rekap iuran wilayah — Wilayah Rumah$/ }).waitFor()
    expect(await page.locator('select[name="kind"], select[name="region"]').count()).toBe(0)
    await page.getByLabel('Dari bulan').fill(nextKey)
    await page.getByLabel('Sampai bulan').fill(nextKey)
    const csv = await downloadReport(page, 'Unduh CSV')
    expect(csv.name).toBe(`iuran-rekap-home-${nextKey}_${nextKey}.csv`)
    expect(csv.text.split(/\r?\n/).filter((line) => /^\d{4}-\d{2},/.test(line)).every((line) => line.includes(',HOME,'))).toBe(true)
    await expectNoSeriousViolations(page)
    await page.close()
  })

  it('an editor is refused', async () => {
    const page = await signedIn('editor')
    await page.getByRole('alert').filter({ hasText: 'Anda tidak berhak melihat rekap iuran.' }).waitFor()
    expect(await page.getByRole('link', { name: 'Dasbor iuran' }).count()).toBe(0)
    await page.close()
  })
})
