import { contentListView } from '@/site/views/ContentListView'

const view = contentListView('berita')

export const generateMetadata = view.generateMetadata
export default view.Page
