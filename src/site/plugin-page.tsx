import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { SanitizedConfig } from 'payload'
import type React from 'react'

import { isLang, type Lang } from '@/site/i18n'

type Params = { lang: string } & Record<string, string>
type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<Params>; searchParams: Promise<SearchParams> }
export type PluginPageArgs = { lang: Lang; params: Params; searchParams: SearchParams }

type PluginPage = {
  /** Whether the plugin is on in this config (its settings are there). */
  enabled: (config: SanitizedConfig) => boolean
  title: (lang: Lang) => string
  render: (args: PluginPageArgs) => Promise<React.ReactNode>
}

/**
 * A plugin's page, for the thin route files in src/app/(frontend)/[lang]/…: 404 when the plugin
 * is switched off or the language is unknown; never indexed (pages per person, or secret links).
 */
export const pluginPage = ({ enabled, title, render }: PluginPage) => ({
  generateMetadata: async ({ params }: Props): Promise<Metadata> => {
    const { lang } = await params
    return isLang(lang) ? { title: title(lang), robots: { index: false, follow: false } } : {}
  },
  Page: async ({ params, searchParams }: Props) => {
    const resolved = await params
    if (!isLang(resolved.lang) || !enabled(await config)) notFound()
    return render({ lang: resolved.lang, params: resolved, searchParams: await searchParams })
  },
})

/** A query parameter given once (`?langkah=data`), else undefined. */
export const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)
