import { ForumList } from '@plugins/community/site/forum/ForumList'
import { communityPage } from '@plugins/community/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/forum`: the community plugin's thread list; 404 when the plugin is off. */
const page = communityPage('forumTitle', ForumList)

export const generateMetadata = page.generateMetadata
export default page.Page
