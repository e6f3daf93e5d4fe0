'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { defineTexts, toLang } from '@/lib/i18n'

import { resultsPath } from './paths'

const texts = defineTexts({ viewResults: { id: 'Lihat hasil →', en: 'View results →' } })

/** In a saved survey's sidebar: the way to its results (the view checks who may see them). */
export const ResultsLink = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <Link href={resultsPath(id)} prefetch={false} style={{ fontWeight: 600 }}>
        {texts(toLang(i18n.language)).viewResults}
      </Link>
    </p>
  )
}
