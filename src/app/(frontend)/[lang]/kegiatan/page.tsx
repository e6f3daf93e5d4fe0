import { contentListView } from '@/site/views/ContentListView'

// Reads the query string: rendered per request (its data stays cached), never at build time.
export const dynamic = 'force-dynamic'

const view = contentListView('kegiatan')

export const generateMetadata = view.generateMetadata
export default view.Page
