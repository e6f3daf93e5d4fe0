import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import type { AxeResults, Result } from 'axe-core'

// Read from disk rather than imported: only the browser runs it.
const axeSource = () => fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core (WCAG 2.x A/AA and best practices) in the page and returns its violations. */
export const axeViolations = async (page: Page): Promise<Result[]> => {
  // Evaluated through the DevTools protocol: the site's Content-Security-Policy does not apply.
  await page.evaluate(axeSource())
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return results.violations
}

const describeViolation = (violation: Result) =>
  `${violation.impact}: ${violation.id} (${violation.help})\n${violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
    .join('\n')}`

/** Fails, listing them, when axe finds serious or critical violations on the page. */
export const expectNoSeriousViolations = async (page: Page) => {
  const serious = (await axeViolations(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  if (serious.length > 0) {
    throw new Error(`axe-core found ${serious.length} serious or critical violation(s) on ${page.url()}:\n${serious.map(describeViolation).join('\n')}`)
  }
}
