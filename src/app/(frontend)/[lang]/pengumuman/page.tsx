import { contentListView } from '@/site/views/ContentListView'

const view = contentListView('pengumuman')

export const generateMetadata = view.generateMetadata
export default view.Page
