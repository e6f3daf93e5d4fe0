import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'

import { withDiscussion } from './discussion'
import { settingsFrom, type CommunityOptions } from './options'
import { withOutreach } from './outreach'
import { forumGrants, forumPermissions, outreachGrants, outreachPermissions } from './permissions'

export type { CommunityOptions, CommunitySettings } from './options'

/**
 * The community plugin: the members' forum and messages to the board (`discussion.ts`),
 * surveys, broadcasts and notifications (`outreach.ts`). Needs the membership plugin (list it after
 * `membershipPlugin()`, before `accessMatrixPlugin()`): its audiences are members and regions.
 */
export const communityPlugin =
  (options: CommunityOptions = {}): Plugin =>
  (incoming: Config): Config => {
    if (!incoming.custom?.membership) {
      throw new Error(
        'communityPlugin: plugin keanggotaan diperlukan — daftarkan membershipPlugin() sebelum communityPlugin() / ' +
          'the membership plugin is required — list membershipPlugin() before communityPlugin()',
      )
    }
    const settings = settingsFrom(options)
    let config: Config = { ...incoming, custom: { ...incoming.custom, community: settings } }
    config = declarePermissions(config, forumPermissions, forumGrants)
    config = declarePermissions(config, outreachPermissions, outreachGrants)
    return withOutreach(withDiscussion(config, settings), settings)
  }
