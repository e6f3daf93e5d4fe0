import { guardedEndpoint } from '@/access'
import { fileResponse } from '@/lib/table-file'

import { reportQuery } from '../reports/query'
import { duesReport } from '../reports/report'
import { duesScopeOf, mayExportDues } from '../reports/scope'

/**
 * `GET /api/dues-bills/report?format=xlsx|csv&kind=recap|bills&year=&month=` (or `from=&to=`
 * as YYYY-MM) `&region=`: the dues report as a download. The treasurer (`dues.report.export_all`)
 * any region and per-bill lines; coordinators (`region.dues.view`) their own region's recap.
 */
export const reportEndpoint = guardedEndpoint({
  path: '/report',
  method: 'get',
  access: (req) => mayExportDues(req.user),
  handler: async (req) => {
    const query = await reportQuery(req, duesScopeOf(req.user)!)
    const { body, name } = await duesReport(req, query)
    return fileResponse(body, name, query.format)
  },
})
