/** The forum's member pages (Indonesian paths; English ones get `/en` in front). */
export const FORUM_PATH = '/anggota/forum'
export const NEW_THREAD_PATH = `${FORUM_PATH}/baru`
export const threadPath = (id: number | string) => `${FORUM_PATH}/${id}`

/** The member's conversations with the board. */
export const MESSAGES_PATH = '/anggota/pesan'
