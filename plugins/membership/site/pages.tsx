import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { isLang, type Lang } from '@/site/i18n'

import { membershipSettings } from '../options'
import { texts, type MembershipKey } from './i18n'

type Params = { lang: string } & Record<string, string>
type Props = { params: Promise<Params>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A site route of the plugin, for the thin files in src/app/(frontend)/[lang]/…: 404 when the
 * plugin is switched off or the language is unknown; never indexed (per person, or secret links).
 */
export const membershipPage = (
  title: MembershipKey,
  render: (args: { lang: Lang; params: Params; searchParams: Record<string, string | string[] | undefined> }) => Promise<React.ReactNode>,
) => ({
  generateMetadata: async ({ params }: Props): Promise<Metadata> => {
    const { lang } = await params
    return isLang(lang) ? { title: texts(lang)[title], robots: { index: false, follow: false } } : {}
  },
  Page: async ({ params, searchParams }: Props) => {
    const resolved = await params
    if (!isLang(resolved.lang) || !membershipSettings(await config)) notFound()
    return render({ lang: resolved.lang, params: resolved, searchParams: await searchParams })
  },
})

export const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)
