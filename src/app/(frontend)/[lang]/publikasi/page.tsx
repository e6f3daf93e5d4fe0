import { documentsView } from '@/site/views/DocumentsView'

const view = documentsView('publication')

export const generateMetadata = view.generateMetadata
export default view.Page
