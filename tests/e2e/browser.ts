import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { rootDir } from '../../src/lib/paths'

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium, driven by playwright-core (Playwright's own browser download does not work
 * here). The flags keep it from reaching for the network at start.
 */
export const launch = async (): Promise<Browser> => {
  const executablePath = chromiumPath()
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`)
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

const screenshotDir = path.join(rootDir, 'tests', 'e2e', 'screenshots')

/** Saved for people to look at (git-ignored). */
export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export const browserForFile = () => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser is not running yet (call it inside a test).')
    return browser
  }
}

/**
 * A page signed in to /admin as `email`. Page errors go to the test output, so a crash in the
 * admin's client code shows as itself and not only as a timeout.
 */
export const signInToAdmin = async (browser: Browser, url: string, email: string, password: string, locale = 'id-ID') => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale })
  page.on('pageerror', (error) => console.error(`[${email} page error] ${error.message}`))
  await page.goto(`${url}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  return page
}

/** The widths screenshots are taken at: a laptop and a phone. */
export const screenshotWidths = [1280, 390] as const

/** Full-page screenshots at each width (`<name>-1280.png`, `<name>-390.png`), the viewport restored after. */
export const screenshotAtWidths = async (page: Page, name: string) => {
  const viewport = page.viewportSize()
  for (const width of screenshotWidths) {
    await page.setViewportSize({ width, height: 900 })
    await screenshot(page, `${name}-${width}`)
  }
  if (viewport) await page.setViewportSize(viewport)
}
