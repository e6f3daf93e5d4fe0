import { positiveFromEnv } from '../env'

/** Most rows one REST read may ask for (`API_MAX_LIMIT`). */
export const maxLimit = () => positiveFromEnv('API_MAX_LIMIT', 500)

/** Deepest relationship population one REST request may ask for (`API_MAX_DEPTH`). */
export const maxDepth = () => positiveFromEnv('API_MAX_DEPTH', 3)

/** Largest non-multipart body, in bytes (`JSON_BODY_MAX_KB`); uploads keep the multipart parser's limits. */
export const maxJsonBytes = () => positiveFromEnv('JSON_BODY_MAX_KB', 1024) * 1024
