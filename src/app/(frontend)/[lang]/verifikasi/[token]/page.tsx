import { CardCheckView } from '@plugins/membership/site/CardCheckView'
import { membershipPage } from '@plugins/membership/site/pages'

// The member's status now, not when the page was first rendered.
export const dynamic = 'force-dynamic'

const page = membershipPage('checkTitle', ({ lang, params }) => CardCheckView({ lang, token: params.token }))

export const generateMetadata = page.generateMetadata
export default page.Page
