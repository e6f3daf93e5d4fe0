import { MessagesView } from '@plugins/forum/site/MessagesView'
import { forumPage } from '@plugins/forum/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/pesan`: the member's messages to the board; 404 when the forum plugin is off. */
const page = forumPage('messagesTitle', MessagesView)

export const generateMetadata = page.generateMetadata
export default page.Page
