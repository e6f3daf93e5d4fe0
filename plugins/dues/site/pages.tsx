import type React from 'react'

import { pluginPage, type PluginPageArgs } from '@/site/plugin-page'

import { duesSettings } from '../options'
import { texts } from './text'

/** A member page of the plugin (see `pluginPage`). */
export const duesPage = (render: (args: PluginPageArgs) => Promise<React.ReactNode>) =>
  pluginPage({ enabled: (config) => duesSettings(config) != null, title: (lang) => texts(lang).title, render })
