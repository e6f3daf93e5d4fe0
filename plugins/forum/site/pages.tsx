import type React from 'react'

import { one, pluginPage, type PluginPageArgs } from '@/site/plugin-page'

import { forumSettings } from '../options'
import { texts, type TextKey } from './text'

/** A forum page for a thin route file: 404 when the plugin is off (see `pluginPage`). */
export const forumPage = (title: TextKey, render: (args: PluginPageArgs) => Promise<React.ReactNode>) =>
  pluginPage({ enabled: (config) => Boolean(forumSettings(config)), title: (lang) => texts(lang)[title], render })

/** A positive page number from the query, 1 otherwise. */
export const pageNumber = (value: string | string[] | undefined) => {
  const page = Number(one(value))
  return Number.isSafeInteger(page) && page > 0 ? page : 1
}
