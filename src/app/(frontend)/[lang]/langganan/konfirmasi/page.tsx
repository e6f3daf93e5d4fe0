import { tokenPage } from '@/site/forms/TokenPage'

const { generateMetadata, Page } = tokenPage('confirm')

export { generateMetadata }
export default Page
