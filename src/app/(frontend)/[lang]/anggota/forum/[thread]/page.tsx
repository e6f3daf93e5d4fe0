import { ThreadView } from '@plugins/community/site/forum/ThreadView'
import { communityPage } from '@plugins/community/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/forum/<id>`: one forum thread; 404 when the community plugin is off. */
const page = communityPage('forumTitle', ThreadView)

export const generateMetadata = page.generateMetadata
export default page.Page
