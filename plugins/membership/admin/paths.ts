/** Where the candidates queue lives in the admin (under /admin). */
export const CANDIDATES_PATH = '/calon-anggota'
