'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { resultsPath } from './paths'

/** In a saved survey's sidebar: the way to its results (the view checks who may see them). */
export const ResultsLink = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <Link href={resultsPath(id)} prefetch={false} style={{ fontWeight: 600 }}>
        {i18n.language === 'en' ? 'View results →' : 'Lihat hasil →'}
      </Link>
    </p>
  )
}
