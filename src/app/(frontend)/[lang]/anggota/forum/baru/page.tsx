import { NewThread } from '@plugins/community/site/forum/NewThread'
import { communityPage } from '@plugins/community/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/forum/baru`: a new forum thread; 404 when the community plugin is off. */
const page = communityPage('newThread', NewThread)

export const generateMetadata = page.generateMetadata
export default page.Page
