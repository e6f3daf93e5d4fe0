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

  it('gives browsers and link previews the icons, manifest and preview image of public/', async () => {
    const page = await browser().newPage()
    await page.goto(url)
    const head = await page.evaluate(() => ({
      icons: [...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')].map((link) => link.getAttribute('href')),
      manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
      preview: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
    }))
    expect(head.icons).toEqual(expect.arrayContaining(['/favicon.ico', '/brand/icon.svg', '/brand/apple-touch-icon.png']))
    expect(head.manifest).toBe('/brand/manifest.webmanifest')
    const manifest = await (await fetch(`${url}${head.manifest}`)).json()
    expect(manifest).toMatchObject({ lang: 'id', start_url: '/', display: 'standalone' })
    // Every file named is served as what it claims to be.
    const files = [...head.icons, ...manifest.icons.map((icon: { src: string }) => icon.src), '/brand/logo.svg', head.preview ?? '']
    for (const file of files) {
      const response = await fetch(new URL(file!, url))
      expect(response.status, file!).toBe(200)
      expect(response.headers.get('content-type'), file!).toMatch(/^image\//)
    }
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
