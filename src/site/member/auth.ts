import config from '@payload-config'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { can } from '@/access'

import { localePath, type Lang } from '../i18n'

/**
 * The signed-in user of this request, from Payload's auth cookie (role populated: `auth.depth`).
 * Reading the headers makes the page dynamic: only member pages call this. Once per render.
 */
export const currentUser = cache(async () => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
})

/** Visitors go to the login page, which brings them back to `path` afterwards. */
export const requireUser = async (lang: Lang, path: string) => {
  const session = await currentUser()
  if (!session.user) redirect(`${localePath(lang, '/masuk')}?next=${encodeURIComponent(localePath(lang, path))}`)
  return { payload: session.payload, user: session.user }
}

/** Signed-in users without the permission get the 403 page. */
export const requirePermission = async (lang: Lang, path: string, permission: string) => {
  const session = await requireUser(lang, path)
  if (!can(session.user, permission)) forbidden()
  return session
}
