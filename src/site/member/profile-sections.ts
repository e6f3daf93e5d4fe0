import type { Payload, TypedUser } from 'payload'

import type { Text } from '@/lib/messages'
import { extensionPoint } from '@/plugin-kit/extension-point'

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

/** The plugins' sections, after the account's own. */
export const profileSections = extensionPoint<ProfileSection>('profileSections')
