import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLang, texts } from '../i18n'

import { TokenAction, type TokenActionName } from './TokenAction'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ token?: string | string[] }> }

const titles = { confirm: 'confirmTitle', unsubscribe: 'unsubscribeTitle', confirmEmail: 'emailChangeTitle', unlock: 'unlockTitle' } as const satisfies Record<TokenActionName, string>

/**
 * The pages emailed links open: /langganan/konfirmasi and /langganan/berhenti (subscriptions),
 * /konfirmasi-email (a new account email) and /buka-kunci (a locked account).
 */
export const tokenPage = (action: keyof typeof titles) => ({
  generateMetadata: async ({ params }: Props): Promise<Metadata> => {
    const { lang } = await params
    // The token is a secret: such pages stay out of search engines.
    return isLang(lang) ? { title: texts(lang)[titles[action]], robots: { index: false, follow: false } } : {}
  },
  Page: async ({ params, searchParams }: Props) => {
    const { lang } = await params
    if (!isLang(lang)) notFound()
    const { token } = await searchParams
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">{texts(lang)[titles[action]]}</h1>
        <div className="max-w-2xl">
          <TokenAction lang={lang} action={action} token={typeof token === 'string' && token ? token : null} />
        </div>
      </>
    )
  },
})
