import { one } from '@/site/plugin-page'

import { membershipPage } from '@plugins/membership/site/pages'
import { RegistrationView } from '@plugins/membership/site/RegistrationView'

// Per visitor: the step they are at comes from their session.
export const dynamic = 'force-dynamic'

const page = membershipPage('registerTitle', ({ lang, searchParams }) => RegistrationView({ lang, wanted: one(searchParams.langkah) }))

export const generateMetadata = page.generateMetadata
export default page.Page
