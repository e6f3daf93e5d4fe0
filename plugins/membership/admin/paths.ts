/** Where the candidates queue lives in the admin (under /admin). */
export const CANDIDATES_PATH = '/calon-anggota'

/** Member import and export (under /admin). */
export const IMPORT_PATH = '/impor-anggota'
