import type { Config } from 'payload'

import { withReconcileView } from '../admin/withReconcileView'
import { DuesStatementLines } from '../collections/DuesStatementLines'
import { DuesStatements } from '../collections/DuesStatements'
import { statementEndpoints, statementLineEndpoints } from '../endpoints/reconcile'

/**
 * Bank-statement reconciliation: uploaded statements and their lines, matching to open bills,
 * bulk confirmation into verified payments, the unmatched queue, and its admin view. For
 * holders of `dues.payment.verify`.
 */
export const withReconciliation = (config: Config): Config =>
  withReconcileView({
    ...config,
    collections: [
      ...(config.collections ?? []),
      { ...DuesStatements, endpoints: statementEndpoints },
      { ...DuesStatementLines, endpoints: statementLineEndpoints },
    ],
  })
