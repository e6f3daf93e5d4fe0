import { membershipPage } from '@plugins/membership/site/pages'
import { StatusView } from '@plugins/membership/site/StatusView'

export const dynamic = 'force-dynamic'

const page = membershipPage('statusTitle', ({ lang }) => StatusView({ lang }))

export const generateMetadata = page.generateMetadata
export default page.Page
