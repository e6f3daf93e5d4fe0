import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { isLang, type Lang } from '@/site/i18n'

import { forumSettings } from '../options'
import { texts, type TextKey } from './text'

type Params = { lang: string } & Record<string, string>
type Props = { params: Promise<Params>; searchParams: Promise<Record<string, string | string[] | undefined>> }
export type PageArgs = { lang: Lang; params: Params; searchParams: Record<string, string | string[] | undefined> }

/**
 * A member page of the plugin, for the thin route files in src/app/(frontend)/[lang]/anggota/…:
 * 404 when the plugin is switched off or the language is unknown; never indexed.
 */
export const forumPage = (title: TextKey, render: (args: PageArgs) => Promise<React.ReactNode>) => ({
  generateMetadata: async ({ params }: Props): Promise<Metadata> => {
    const { lang } = await params
    return isLang(lang) ? { title: texts(lang)[title], robots: { index: false, follow: false } } : {}
  },
  Page: async ({ params, searchParams }: Props) => {
    const resolved = await params
    if (!isLang(resolved.lang) || !forumSettings(await config)) notFound()
    return render({ lang: resolved.lang, params: resolved, searchParams: await searchParams })
  },
})

export const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

/** A positive page number from the query, 1 otherwise. */
export const pageNumber = (value: string | string[] | undefined) => {
  const page = Number(one(value))
  return Number.isSafeInteger(page) && page > 0 ? page : 1
}
