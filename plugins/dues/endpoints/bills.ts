import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick, userError } from '@/lib/messages'
import { fileResponse } from '@/lib/table-file'
import { bodyOf, idParam } from '@/plugin-kit'

import { enforceArrears, reactivateArrears, runArrears } from '../arrears/enforce'
import { generateBills } from '../bills/generate'
import { isPeriod } from '../bills/period'
import { reportQuery } from '../reports/query'
import { duesReport } from '../reports/report'
import { duesScopeOf, mayExportDues } from '../reports/scope'

/** `POST /api/dues-bills/generate` `{ year, month }`: the month's bills now (idempotent). */
const generate = guardedEndpoint({
  path: '/generate',
  method: 'post',
  access: (req) => can(req.user, 'dues.bill.generate'),
  handler: async (req) => {
    const { year, month } = await bodyOf(req)
    if (!isPeriod(year, month)) throw userError(req, 400, { id: 'Pilih tahun dan bulan yang valid.', en: 'Choose a valid year and month.' })
    const result = await generateBills(req, { year: year as number, month: month as number })
    return Response.json({
      message: pick(req, { id: `${result.created} tagihan dibuat.`, en: `${result.created} bills created.` }),
      ...result,
    })
  },
})

/** `POST /api/dues-bills/arrears/run` `{}`: the daily arrears check, now. */
const arrearsRun = guardedEndpoint({
  path: '/arrears/run',
  method: 'post',
  access: (req) => can(req.user, 'dues.arrears.enforce_pending'),
  handler: async (req) => {
    const result = await runArrears(req, new Date())
    return Response.json({ message: pick(req, { id: 'Pemeriksaan tunggakan selesai.', en: 'Arrears check done.' }), ...result })
  },
})

/** `POST /api/dues-bills/arrears/:member/{enforce,reactivate}` `{}`. */
const arrearsEnforce = guardedEndpoint({
  path: '/arrears/:member/enforce',
  method: 'post',
  access: (req) => can(req.user, 'dues.arrears.enforce_pending'),
  handler: async (req) => {
    const result = await enforceArrears(req, idParam(req, 'member'))
    return Response.json({ message: pick(req, { id: 'Akun anggota ditangguhkan.', en: 'Member account suspended.' }), ...result })
  },
})

const arrearsReactivate = guardedEndpoint({
  path: '/arrears/:member/reactivate',
  method: 'post',
  access: (req) => can(req.user, 'dues.arrears.reactivate'),
  handler: async (req) => {
    const result = await reactivateArrears(req, idParam(req, 'member'))
    return Response.json({ message: pick(req, { id: 'Akun anggota aktif kembali.', en: 'Member account reactivated.' }), ...result })
  },
})

/**
 * `GET /api/dues-bills/report?format=xlsx|csv&kind=recap|bills&year=&month=` (or `from=&to=`
 * as YYYY-MM) `&region=`: the dues report as a download. The treasurer (`dues.report.export_all`)
 * any region and per-bill lines; coordinators (`region.dues.view`) their own region's recap.
 */
const report = guardedEndpoint({
  path: '/report',
  method: 'get',
  access: (req) => mayExportDues(req.user),
  handler: async (req) => {
    const query = await reportQuery(req, duesScopeOf(req.user)!)
    const { body, name } = await duesReport(req, query)
    return fileResponse(body, name, query.format)
  },
})

/** Everything under `/api/dues-bills/`. */
export const billEndpoints: Endpoint[] = [generate, arrearsRun, arrearsEnforce, arrearsReactivate, report]
