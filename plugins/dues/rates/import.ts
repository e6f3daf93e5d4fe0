import { sql } from '@payloadcms/db-postgres'

import { drizzleFor } from '@/lib/db/session'
import type { DuesRateProvider } from '@/plugin-kit'

import { DUES_RATES } from '../collections/DuesRates'

/**
 * The "Tarif iuran" column of membership's bulk import: a rate's code. The import checks the
 * codes first (an unknown one fails its row), then gives the new members their rates in its
 * own transaction, in one statement however many rows it has.
 */
export const importRates: DuesRateProvider = {
  known: async (req, codes) => {
    const { docs } = await req.payload.find({
      collection: DUES_RATES,
      where: { code: { in: codes } },
      select: { code: true },
      limit: codes.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return new Set(docs.map((rate) => rate.code))
  },
  assign: async (req, assignments) => {
    const db = await drizzleFor(req)
    await db.execute(sql`
      UPDATE members m SET dues_rate_id = r.id
        FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS a("memberId" integer, rate text)
        JOIN dues_rates r ON r.code = a.rate
       WHERE m.id = a."memberId"`)
  },
}
