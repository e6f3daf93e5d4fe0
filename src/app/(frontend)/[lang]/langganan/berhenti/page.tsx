import { tokenPage } from '@/site/forms/TokenPage'

const { generateMetadata, Page } = tokenPage('unsubscribe')

export { generateMetadata }
export default Page
