/** The treasurer's dues dashboard, under /admin. */
export const DUES_DASHBOARD_PATH = '/iuran'
