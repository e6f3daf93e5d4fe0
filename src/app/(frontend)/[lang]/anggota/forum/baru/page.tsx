import { NewThread } from '@plugins/forum/site/NewThread'
import { forumPage } from '@plugins/forum/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/forum/baru`: a new forum thread; 404 when the forum plugin is off. */
const page = forumPage('newThread', NewThread)

export const generateMetadata = page.generateMetadata
export default page.Page
