import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'

/**
 * Matching rewrites the proposals of many lines at once; confirmations and manual decisions
 * change one line each. Matching takes the lock alone, the others share it: a line's proposal
 * never changes under a confirmation. Held until the transaction ends.
 */
export const lockReconciliation = async (req: PayloadRequest, mode: 'exclusive' | 'shared') => {
  const db = await drizzleFor(req)
  await db.execute(mode === 'exclusive' ? sql`SELECT pg_advisory_xact_lock(hashtext('dues-reconciliation'))` : sql`SELECT pg_advisory_xact_lock_shared(hashtext('dues-reconciliation'))`)
}
