import type { TaskConfig } from 'payload'

import { runArrears, type ArrearsResult } from '../arrears/enforce'
import { generateBills } from '../bills/generate'
import { settingsOf } from '../options'
import { isPeriod, periodOf } from '../bills/period'

/** The clock a run uses: `now` from the input (tests run a year on it), else the real time. */
const clockOf = (input: { now?: string | null } | undefined) => (input?.now ? new Date(input.now) : new Date())

/**
 * The month's bills. Scheduled daily at 00:05 in Jakarta (17:05 UTC; the worker's cron runs on
 * the server's clock, which is UTC): the run of the 1st makes the month's bills, later runs find
 * them made (idempotent) — and make them if the worker was down on the 1st. A chosen period
 * (`year`, `month`) runs it for that month.
 */
export const duesGenerateBillsTask: TaskConfig<{
  input: { year?: number | null; month?: number | null; now?: string | null }
  output: { year: number; month: number; created: number }
}> = {
  slug: 'duesGenerateBills',
  label: 'Buat tagihan iuran bulanan',
  inputSchema: [
    { name: 'year', type: 'number' },
    { name: 'month', type: 'number' },
    { name: 'now', type: 'text' },
  ],
  outputSchema: [
    { name: 'year', type: 'number', required: true },
    { name: 'month', type: 'number', required: true },
    { name: 'created', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 5 17 * * *', queue: 'dues' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const period = isPeriod(input?.year, input?.month)
      ? { year: input.year as number, month: input.month as number }
      : periodOf(clockOf(input), settingsOf(req.payload.config).timezone)
    return { output: await generateBills(req, period) }
  },
}

/** The daily arrears run at 01:00 in Jakarta (18:00 UTC), after the bills of a new month exist. */
export const duesArrearsTask: TaskConfig<{ input: { now?: string | null }; output: ArrearsResult }> = {
  slug: 'duesArrears',
  label: 'Periksa tunggakan iuran',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'markedOverdue', type: 'number', required: true },
    { name: 'notices', type: 'number', required: true },
    { name: 'suspended', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 0 18 * * *', queue: 'dues' }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: await runArrears(req, clockOf(input)) }),
}

export const duesTasks = [duesGenerateBillsTask, duesArrearsTask]
