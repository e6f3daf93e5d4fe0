'use server'

import { refresh } from 'next/cache'

import { isLang, texts, type Lang } from '../i18n'

import { currentUser } from './auth'

export type ProfileState = { kind: 'error' | 'ok'; text: string } | null

/**
 * Saves the user's own profile as that user (`overrideAccess: false`): the users' access and
 * guardAccountChanges decide, and only the name is sent — role, region and status never are.
 */
export async function updateProfile(_previous: ProfileState, form: FormData): Promise<ProfileState> {
  const lang: Lang = isLang(String(form.get('lang'))) ? (String(form.get('lang')) as Lang) : 'id'
  const { payload, user } = await currentUser()
  if (!user) return { kind: 'error', text: texts(lang).sessionEnded }
  const name = String(form.get('name') ?? '').trim()
  if (!name || name.length > 120) return { kind: 'error', text: texts(lang).nameRequired }
  try {
    await payload.update({ collection: 'users', id: user.id, data: { name }, overrideAccess: false, user })
  } catch (error) {
    return { kind: 'error', text: error instanceof Error ? error.message : texts(lang).networkError }
  }
  refresh()
  return { kind: 'ok', text: texts(lang).profileSaved }
}
