import type React from 'react'

import type { Text } from '@/lib/messages'
import { pluginPage, type PluginPageArgs } from '@/site/plugin-page'

import { outreachSettings } from '../options'

/** An outreach page for a thin route file: 404 when the plugin is off (see `pluginPage`). */
export const outreachPage = (title: Text, render: (args: PluginPageArgs) => Promise<React.ReactNode>) =>
  pluginPage({ enabled: (config) => Boolean(outreachSettings(config)), title: (lang) => title[lang], render })
