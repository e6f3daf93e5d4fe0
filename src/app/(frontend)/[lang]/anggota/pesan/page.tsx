import { MessagesView } from '@plugins/community/site/messages/MessagesView'
import { communityPage } from '@plugins/community/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/pesan`: the member's messages to the board; 404 when the community plugin is off. */
const page = communityPage('messagesTitle', MessagesView)

export const generateMetadata = page.generateMetadata
export default page.Page
