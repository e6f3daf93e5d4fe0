/** Where the treasurer's screens live in the admin (under /admin). */
export const DUES_DASHBOARD_PATH = '/iuran' as const
export const VERIFY_PATH = '/iuran/verifikasi' as const
export const BILLS_PATH = '/iuran/tagihan' as const
export const CLAIMS_PATH = '/iuran/klaim' as const
export const RECONCILE_PATH = '/iuran/rekonsiliasi' as const
