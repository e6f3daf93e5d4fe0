import type { Config } from 'payload'

import type { Text } from '@/lib/messages'

/** A link a plugin shows in the site header to visitors who are not signed in ("Daftar"). */
export type VisitorLink = { href: string; label: Text }

type WithLinks = { custom?: Record<string, unknown> & { visitorLinks?: VisitorLink[] } }

/** For a plugin's config transformer: adds header links for visitors (`custom.visitorLinks`). */
export const addVisitorLinks = <C extends WithLinks>(config: C, links: VisitorLink[]): C => ({
  ...config,
  custom: { ...config.custom, visitorLinks: [...(config.custom?.visitorLinks ?? []), ...links] },
})

export const visitorLinksOf = (config: Pick<Config, 'custom'>): VisitorLink[] => (config as WithLinks).custom?.visitorLinks ?? []
