'use client'

import { StatusPage } from '@/site/components/StatusPage'

/** A failure while rendering: the visitor gets a way to retry, the details stay in the server log. */
const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => <StatusPage code={500} title="errorTitle" text="errorText" onRetry={reset} />

export default ErrorPage
