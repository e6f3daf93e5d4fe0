/** The dues collections' heading in the admin's navigation. */
export const DUES_ADMIN_GROUP = { id: 'Keuangan', en: 'Finance' }
