import type { Config, Payload, TypedUser } from 'payload'

import type { Text } from '@/lib/messages'

/** One line of a profile section: a label and its value (already in both languages when it differs). */
export type ProfileRow = { label: Text; value: string | Text; testId?: string }

/**
 * A block a plugin adds to `/anggota/profil` (the membership data, say). `load` reads as the
 * signed-in user and returns null when it has nothing for them.
 */
export type ProfileSection = {
  key: string
  load: (payload: Payload, user: TypedUser) => Promise<{ title: Text; rows: ProfileRow[] } | null>
}

type WithSections = { custom?: Record<string, unknown> & { profileSections?: ProfileSection[] } }

/** For a plugin's config transformer: adds its blocks to `custom.profileSections`. */
export const addProfileSections = <C extends WithSections>(config: C, sections: ProfileSection[]): C => ({
  ...config,
  custom: { ...config.custom, profileSections: [...(config.custom?.profileSections ?? []), ...sections] },
})

export const profileSectionsOf = (config: Pick<Config, 'custom'>): ProfileSection[] => (config as WithSections).custom?.profileSections ?? []
