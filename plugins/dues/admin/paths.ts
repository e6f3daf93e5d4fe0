/** The bank-statement reconciliation (under /admin). */
export const RECONCILE_PATH = '/iuran/rekonsiliasi'
