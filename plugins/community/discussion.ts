import type { Config } from 'payload'

import { demoSeeders } from '@/seed/extensions'
import { memberMenu } from '@/site/member/menu'

import { ForumReports } from './collections/ForumReports'
import { forumPostsCollection } from './collections/ForumPosts'
import { forumThreadsCollection } from './collections/ForumThreads'
import { Messages } from './collections/Messages'
import { postEndpoints, threadEndpoints } from './forum/endpoints'
import { FORUM_PATH } from './forum/paths'
import { MESSAGES_PATH } from './messages/emails'
import type { CommunitySettings } from './options'
import { seedDiscussion } from './seed/discussion'

/**
 * Forum threads, posts and reports; messages to the board and the complaints inbox. Its
 * permissions are `forumPermissions` (./permissions.ts); `complaint.*` are core's. The report
 * threshold is read at run time from `config.custom.community`.
 */
export const withDiscussion = (incoming: Config, _settings: CommunitySettings): Config => {
  let config: Config = {
    ...incoming,
    collections: [
      ...(incoming.collections ?? []),
      forumThreadsCollection(threadEndpoints),
      forumPostsCollection(postEndpoints),
      ForumReports,
      Messages,
    ],
  }
  config = memberMenu.add(config, [
    { href: FORUM_PATH, label: { id: 'Forum', en: 'Forum' }, permission: 'forum.view' },
    { href: MESSAGES_PATH, label: { id: 'Pesan ke pengurus', en: 'Messages to the board' }, permission: 'message.send_to_board' },
  ])
  return demoSeeders.add(config, [seedDiscussion])
}
