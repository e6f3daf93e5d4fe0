import { documentsView } from '@/site/views/DocumentsView'

const view = documentsView('regulation')

export const generateMetadata = view.generateMetadata
export default view.Page
