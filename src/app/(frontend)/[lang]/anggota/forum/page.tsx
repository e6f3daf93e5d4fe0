import { ForumList } from '@plugins/forum/site/ForumList'
import { forumPage } from '@plugins/forum/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/forum`: the forum plugin's thread list; 404 when the plugin is off. */
const page = forumPage('forumTitle', ForumList)

export const generateMetadata = page.generateMetadata
export default page.Page
