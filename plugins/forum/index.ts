import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addEndpoints } from '@/plugin-kit'
import { demoSeeders } from '@/seed/extensions'
import { memberMenu } from '@/site/member/menu'

import { FORUM_POSTS, ForumPosts } from './collections/ForumPosts'
import { ForumReports } from './collections/ForumReports'
import { FORUM_THREADS, ForumThreads } from './collections/ForumThreads'
import { Messages } from './collections/Messages'
import { postEndpoints } from './endpoints/posts'
import { threadEndpoints } from './endpoints/threads'
import { settingsFrom, type ForumOptions } from './options'
import { forumGrants, forumPermissions } from './permissions'
import { seedForum } from './seed'
import { FORUM_PATH, MESSAGES_PATH } from './site/paths'

export type { ForumOptions, ForumSettings } from './options'

/**
 * The members' forum (threads, posts, reports) and their messages to the board, which the board
 * answers from the complaints inbox. Needs the membership plugin: list it after
 * `membershipPlugin()`, before `accessMatrixPlugin()`.
 */
export const forumPlugin =
  (options: ForumOptions = {}): Plugin =>
  (incoming: Config): Config => {
    if (!incoming.custom?.membership) {
      throw new Error(
        'forumPlugin: plugin keanggotaan diperlukan — daftarkan membershipPlugin() sebelum forumPlugin() / ' +
          'the membership plugin is required — list membershipPlugin() before forumPlugin()',
      )
    }
    let config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []), ForumThreads, ForumPosts, ForumReports, Messages],
      custom: { ...incoming.custom, forum: settingsFrom(options) },
    }
    config = declarePermissions(config, forumPermissions, forumGrants)
    config = addEndpoints(config, FORUM_THREADS, threadEndpoints)
    config = addEndpoints(config, FORUM_POSTS, postEndpoints)
    config = memberMenu.add(config, [
      { href: FORUM_PATH, label: { id: 'Forum', en: 'Forum' }, permission: 'forum.view' },
      { href: MESSAGES_PATH, label: { id: 'Pesan ke pengurus', en: 'Messages to the board' }, permission: 'message.send_to_board' },
    ])
    return demoSeeders.add(config, [seedForum])
  }
