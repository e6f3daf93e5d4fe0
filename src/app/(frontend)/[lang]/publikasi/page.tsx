import { documentsView } from '@/site/views/DocumentsView'

// Reads the query string: rendered per request (its data stays cached), never at build time.
export const dynamic = 'force-dynamic'

const view = documentsView('publication')

export const generateMetadata = view.generateMetadata
export default view.Page
