import config from '@payload-config'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { can } from '@/access'

import { localePath, type Lang } from '../i18n'

/**
 * Payload takes the auth cookie only from requests that prove they come from this site (Origin,
 * or `Sec-Fetch-Site`), so a member following a link from their webmail would look signed out.
 * A page render without an Origin is a GET navigation: SameSite=Lax already decided whether it
 * carries the cookie, and it changes nothing. Requests that change things (server actions, the
 * API) send an Origin, which Payload keeps checking against its allowlist.
 */
const authHeaders = async () => {
  const incoming = new Headers(await headers())
  if (!incoming.has('origin')) incoming.set('sec-fetch-site', 'same-origin')
  return incoming
}

/**
 * The signed-in user of this request, from Payload's auth cookie (role populated: `auth.depth`).
 * Reading the headers makes the page dynamic: only member pages call this. Once per render.
 */
export const currentUser = cache(async () => {
  // Headers first: at build time this marks the page dynamic before the database is touched.
  const requestHeaders = await authHeaders()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: requestHeaders })
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
