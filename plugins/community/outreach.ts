import type { Config } from 'payload'

import type { CommunitySettings } from './options'

/** Surveys and their responses; broadcasts and the members' notifications. */
export const withOutreach = (config: Config, _settings: CommunitySettings): Config => config
