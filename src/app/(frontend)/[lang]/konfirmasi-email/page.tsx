import { tokenPage } from '@/site/forms/TokenPage'

// Reads the query string: rendered per request (its data stays cached), never at build time.
export const dynamic = 'force-dynamic'

const { generateMetadata, Page } = tokenPage('confirmEmail')

export { generateMetadata }
export default Page
