import type React from 'react'

import { pluginPage, type PluginPageArgs } from '@/site/plugin-page'

import { membershipSettings } from '../options'
import { texts, type MembershipKey } from './i18n'

/** A site route of the plugin (see `pluginPage`), titled from the plugin's texts. */
export const membershipPage = (title: MembershipKey, render: (args: PluginPageArgs) => Promise<React.ReactNode>) =>
  pluginPage({ enabled: (config) => membershipSettings(config) != null, title: (lang) => texts(lang)[title], render })
