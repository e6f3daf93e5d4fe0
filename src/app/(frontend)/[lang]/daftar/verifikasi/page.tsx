import { one } from '@/site/plugin-page'

import { VerifyEmailAction } from '@plugins/membership/site/forms/Actions'
import { texts } from '@plugins/membership/site/i18n'
import { membershipPage } from '@plugins/membership/site/pages'

export const dynamic = 'force-dynamic'

const page = membershipPage('verifyTitle', async ({ lang, searchParams }) => (
  <section className="mx-auto max-w-2xl">
    <h1 className="mb-6 text-3xl font-bold">{texts(lang).verifyTitle}</h1>
    <VerifyEmailAction lang={lang} token={one(searchParams.token) ?? null} />
  </section>
))

export const generateMetadata = page.generateMetadata
export default page.Page
