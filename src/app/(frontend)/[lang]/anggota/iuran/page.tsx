import { DuesPage } from '@plugins/dues/site/DuesPage'
import { duesPage } from '@plugins/dues/site/pages'

export const dynamic = 'force-dynamic'

/** `/anggota/iuran` (`/en/anggota/iuran`): the member's dues. */
const page = duesPage(async ({ lang }) => <DuesPage lang={lang} />)

export const generateMetadata = page.generateMetadata
export default page.Page
