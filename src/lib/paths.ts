import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, wherever the process was started from. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Dev state: embedded PostgreSQL, the generated secret, mail files. Git-ignored. */
export const dataDir = () => process.env.BALAI_DATA_DIR ?? path.join(rootDir, '.data')

/** Where an upload collection keeps its files: under the data dir, never in the repo or `public/`. */
export const uploadDir = (slug: string) => path.join(dataDir(), 'uploads', slug)
