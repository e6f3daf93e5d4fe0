import { CardView } from '@plugins/membership/site/CardView'
import { membershipPage } from '@plugins/membership/site/pages'

export const dynamic = 'force-dynamic'

const page = membershipPage('cardTitle', ({ lang }) => CardView({ lang }))

export const generateMetadata = page.generateMetadata
export default page.Page
