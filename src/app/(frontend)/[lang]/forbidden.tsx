import { StatusPage } from '@/site/components/StatusPage'

/** Rendered by `forbidden()` (403): signed in, but the role may not open this page. */
const Forbidden = () => <StatusPage code={403} title="forbiddenTitle" text="forbiddenText" />

export default Forbidden
