import { contentDetailView } from '@/site/views/ContentDetailView'

const view = contentDetailView('pengumuman')

// Made on first request and kept until the content changes (tag revalidation) or an hour passes.
export const revalidate = 3600
export const generateStaticParams = () => []
export const generateMetadata = view.generateMetadata
export default view.Page
