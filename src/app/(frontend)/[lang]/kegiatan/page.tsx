import { contentListView } from '@/site/views/ContentListView'

const view = contentListView('kegiatan')

export const generateMetadata = view.generateMetadata
export default view.Page
