import type { Config, Payload } from 'payload'

import type { Text } from '@/lib/messages'

/**
 * A figure for the landing's stats block, from a plugin. A `key` the editors can pick there
 * (`members`, `regions`, …) replaces core's figure of that name; other keys are shown after the
 * editors' choice. `count` runs as the system: count only what may be public.
 */
export type LandingStat = { key: string; label: Text; count: (payload: Payload) => Promise<number> }

/** The cache tag of the stats: a plugin revalidates it when its figures change. */
export const LANDING_STATS_TAG = 'landing-stats'

type WithStats = { custom?: Record<string, unknown> & { landingStats?: LandingStat[] } }

/** For a plugin's config transformer: adds its figures to `custom.landingStats`. */
export const addLandingStats = <C extends WithStats>(config: C, items: LandingStat[]): C => ({
  ...config,
  custom: { ...config.custom, landingStats: [...(config.custom?.landingStats ?? []), ...items] },
})

export const landingStatsOf = (config: Pick<Config, 'custom'>): LandingStat[] => (config as WithStats).custom?.landingStats ?? []
