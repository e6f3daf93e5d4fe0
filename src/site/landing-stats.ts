import type { Payload } from 'payload'

import type { Text } from '@/lib/messages'
import { extensionPoint } from '@/plugin-kit/extension-point'

/**
 * A figure for the landing's stats block, from a plugin. A `key` the editors can pick there
 * (`members`, `regions`, …) replaces core's figure of that name; other keys are shown after the
 * editors' choice. `count` runs as the system: count only what may be public.
 */
export type LandingStat = { key: string; label: Text; count: (payload: Payload) => Promise<number> }

/** The cache tag of the stats: a plugin revalidates it when its figures change. */
export const LANDING_STATS_TAG = 'landing-stats'

/** The plugins' figures: `landingStats.add(config, stats)` in a plugin's transformer. */
export const landingStats = extensionPoint<LandingStat>('landingStats')
