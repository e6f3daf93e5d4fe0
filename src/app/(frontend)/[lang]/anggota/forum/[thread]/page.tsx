import { ThreadView } from '@plugins/forum/site/ThreadView'
import { forumPage } from '@plugins/forum/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/forum/<id>`: one forum thread; 404 when the forum plugin is off. */
const page = forumPage('forumTitle', ThreadView)

export const generateMetadata = page.generateMetadata
export default page.Page
