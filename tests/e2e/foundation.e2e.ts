import { describe, expect, inject, it } from 'vitest'

import { screenshot, signInToAdmin, browserForFile } from './browser'

const { url, seeded } = inject('site')
const browser = browserForFile()

const signIn = (email: string) => signInToAdmin(browser(), url, email, seeded.password, 'en-GB')

describe('the production build in Chromium', () => {
  it('serves the home page with the security headers', async () => {
    const page = await browser().newPage()
    const response = await page.goto(url)
    expect(response?.status()).toBe(200)
    expect(response!.headers()).toMatchObject({
      'content-security-policy': expect.stringContaining("frame-ancestors 'self'"),
      'x-frame-options': 'SAMEORIGIN',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
      'strict-transport-security': expect.stringContaining('max-age='),
    })
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy()
    await screenshot(page, 'home-1280')
    await page.close()
  })

  it('lets a super admin sign in to /admin and see the collections', async () => {
    const page = await signIn(seeded.users.super_admin.email)
    await page.waitForURL(`${url}/admin`, { timeout: 30_000 })
    await expect(page.locator('a[href="/admin/collections/users"]').first().isVisible()).resolves.toBe(true)
    await screenshot(page, 'admin-dashboard')
    await page.close()
  })

  it('keeps a member out of /admin', async () => {
    const page = await signIn(seeded.users.member.email)
    await page.waitForURL((target) => !target.pathname.endsWith('/admin/login'), { timeout: 30_000 }).catch(() => undefined)
    await page.goto(`${url}/admin/collections/users`)
    await expect(page.locator('a[href="/admin/collections/users"]').count()).resolves.toBe(0)
    await screenshot(page, 'admin-member-refused')
    await page.close()
  })
})
