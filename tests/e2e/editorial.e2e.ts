import { describe, expect, inject, it } from 'vitest'

import { api } from './api'
import { screenshot, signInToAdmin, browserForFile } from './browser'

const { url, seeded } = inject('site')
const browser = browserForFile()

/** A signed-in admin page in Indonesian, the admin's first language. */
const signIn = async (role: string) => {
  const page = await signInToAdmin(browser(), url, seeded.users[role].email, seeded.password)
  await page.waitForURL(`${url}/admin`, { timeout: 30_000 })
  return page
}

describe('the editorial workflow in the admin', () => {
  it('lets a contributor submit a draft and an editor reject it with a comment, from the sidebar', async () => {
    const created = await api<{ doc: { id: number } }>('contributor', 'POST', '/content', { title: 'Liputan kerja bakti warga RT 03', type: 'activity' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const contributor = await signIn('contributor')
    await contributor.goto(`${url}/admin/collections/content/${id}`)
    await contributor.getByText('Alur kerja', { exact: true }).waitFor({ timeout: 30_000 })
    await expect(contributor.getByRole('button', { name: 'Setujui & terbitkan' }).count()).resolves.toBe(0)
    await contributor.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click()
    await contributor.waitForLoadState('load')
    await contributor.getByText('Menunggu tinjauan', { exact: true }).first().waitFor({ timeout: 20_000 })
    await screenshot(contributor, 'content-submitted')
    await contributor.close()

    const editor = await signIn('editor')
    await editor.goto(`${url}/admin/collections/content/${id}`)
    // Rejecting without a comment is refused before anything is sent.
    await editor.getByRole('button', { name: 'Tolak' }).click()
    await editor.getByText('Tulis komentar untuk penulis terlebih dahulu.').waitFor()
    await editor.getByRole('textbox', { name: 'Komentar untuk penulis' }).fill('Tambahkan foto kegiatan.')
    await editor.getByRole('button', { name: 'Tolak' }).click()
    await editor.waitForLoadState('load')
    await editor.getByText('Ditolak', { exact: true }).first().waitFor({ timeout: 20_000 })
    await screenshot(editor, 'content-rejected')
    await editor.close()

    const stored = await api<{ workflowStatus: string } & Record<string, unknown>>('editor', 'GET', `/content/${id}`)
    expect(stored.body).toMatchObject({ workflowStatus: 'rejected', reviewComment: 'Tambahkan foto kegiatan.' })
  })

  it('shows an editor the draft of an unpublished item through the preview link, and visitors still a 404', async () => {
    const title = `Draf pratinjau balai ${Date.now().toString(36)}`
    const { body } = await api<{ doc: { id: number; slug: string } }>('editor', 'POST', '/content', { title, type: 'news' })
    const editor = await signIn('editor')
    // Opened from the admin (same origin), as the admin's "Pratinjau" button does.
    await editor.evaluate((href) => (window.location.href = href), `/next/preview?collection=content&id=${body.doc.id}`)
    await editor.waitForURL(`${url}/berita/${body.doc.slug}`)
    await editor.getByRole('heading', { name: title }).waitFor()
    await editor.getByRole('status').getByText('Pratinjau draf').waitFor()
    await editor.getByRole('link', { name: 'Keluar dari pratinjau' }).click()
    await editor.waitForURL(`${url}/berita/${body.doc.slug}`)
    await expect(editor.getByRole('heading', { name: title }).count()).resolves.toBe(0)
    await editor.close()
    expect((await fetch(`${url}/berita/${body.doc.slug}`)).status).toBe(404)
  })
})
