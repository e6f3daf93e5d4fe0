/**
 * The survey journey in Chromium against the production build: an admin opens a members'
 * survey, a member finds it on /anggota/survei, answers it in the form and is thanked; the survey
 * cannot be filled again; the admin's results view withholds one member's answers (fewer than the
 * minimum group size).
 */
import type { BrowserContext } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { apiOk } from './api'
import { browserForFile, screenshot, signInToAdmin } from './browser'

const { url, seeded } = inject('site')
const stamp = Date.now().toString(36)
const browser = browserForFile()
const contexts: BrowserContext[] = []
const title = `Survei kesejahteraan ${stamp}`

// The seeded member with a member record (active, home region): the one a members' survey is for.
const member = () => {
  if (!seeded.payer) throw new Error('The seed has no member record (is the membership plugin on?).')
  return seeded.payer.email
}

/** A fresh browser signed in as `email`, on `path`. */
const signedIn = async (email: string, path: string) => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[survey page error] ${error.message}`))
  await page.goto(`${url}/masuk?next=${encodeURIComponent(path)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata sandi', { exact: true }).fill(seeded.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.waitForURL(`${url}${path}`)
  return page
}

afterAll(async () => {
  for (const context of contexts) await context.close()
})

describe('a members’ survey', () => {
  let survey = 0

  it('a member finds the open survey, answers it and is thanked', async () => {
    const { doc } = await apiOk('admin', 'POST', '/surveys?depth=0', {
      title,
      audience: 'members',
      status: 'open',
      questions: [
        { label: 'Isu utama', kind: 'single', required: true, options: [{ label: 'Upah' }, { label: 'Beban kerja' }] },
        { label: 'Kepuasan', kind: 'scale', required: true, scaleMin: 1, scaleMax: 5, minLabel: 'Buruk', maxLabel: 'Baik' },
        { label: 'Saran', kind: 'long_text' },
      ],
    })
    survey = doc.id

    const page = await signedIn(member(), '/anggota/survei')
    await page.getByRole('link', { name: title }).click()
    await page.waitForURL(`${url}/anggota/survei/${survey}`)
    await page.getByRole('heading', { name: title }).waitFor()

    // Sent without the required answers: each question says what is missing, nothing is stored.
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByText('Periksa 2 jawaban di bawah.').waitFor()
    expect(await page.getByTestId('question-1').getByText('Pertanyaan ini wajib dijawab.').count()).toBe(1)

    await page.getByTestId('question-1').getByLabel('Upah').check()
    await page.getByTestId('question-2').getByLabel('4').check()
    await page.getByTestId('question-3').getByRole('textbox').fill('Naikkan upah minimum.')
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    // The thanks take the form's place: nothing left to send twice.
    await page.getByRole('status').getByText('Terima kasih, jawaban Anda tersimpan.').waitFor()
    await screenshot(page, 'survey-answered')
    expect(await page.getByRole('button', { name: 'Kirim jawaban' }).count()).toBe(0)
    expect(await page.getByTestId('question-1').count()).toBe(0)
  })

  it('the survey cannot be filled again', async () => {
    const page = await signedIn(member(), `/anggota/survei/${survey}`)
    await page.getByRole('status').getByText('Anda sudah mengisi survei ini. Terima kasih.').waitFor()
    expect(await page.getByRole('button', { name: 'Kirim jawaban' }).count()).toBe(0)

    await page.goto(`${url}/anggota/survei`)
    const item = page.getByTestId('survey-item').filter({ hasText: title })
    await item.getByText('Sudah diisi — terima kasih.').waitFor()
    expect(await item.getByRole('link').count()).toBe(0)
  })

  it('the admin sees the results withheld while fewer than five members have answered', async () => {
    const admin = await signInToAdmin(browser(), url, seeded.users.admin.email, seeded.password)
    await admin.waitForURL(`${url}/admin`, { timeout: 30_000 })
    await admin.goto(`${url}/admin/collections/surveys/${survey}`)
    await admin.getByRole('link', { name: 'Lihat hasil →' }).click()
    await admin.waitForURL(`${url}/admin/survei/${survey}/hasil`)
    await admin.getByRole('heading', { name: `Hasil: ${title}` }).waitFor()
    // One answer would be one person's answer: no counts, no chart, no text until the group is big enough.
    expect(await admin.getByTestId('respondents').textContent()).toBe('< 5 responden')
    expect(await admin.getByTestId('chart-q1').count()).toBe(0)
    expect(await admin.getByText('Naikkan upah minimum.').count()).toBe(0)
    await screenshot(admin, 'survey-results')
    await admin.close()
  })
})
