import { outreachPage } from '@plugins/outreach/site/pages'
import { NotificationsPage } from '@plugins/outreach/site/NotificationsPage'

export const dynamic = 'force-dynamic'

/** `/anggota/notifikasi`: the member's notifications; 404 when the outreach plugin is off. */
const page = outreachPage({ id: 'Notifikasi', en: 'Notifications' }, NotificationsPage)

export const generateMetadata = page.generateMetadata
export default page.Page
