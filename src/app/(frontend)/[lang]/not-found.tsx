import { StatusPage } from '@/site/components/StatusPage'

const NotFound = () => <StatusPage code={404} title="notFoundTitle" text="notFoundText" />

export default NotFound
