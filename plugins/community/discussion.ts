import type { Config } from 'payload'

import type { CommunitySettings } from './options'

/** Forum threads, posts and reports; messages to the board and the complaints inbox. */
export const withDiscussion = (config: Config, _settings: CommunitySettings): Config => config
