import Link from 'next/link'
import type { ServerProps } from 'payload'

import { can } from '@/access'

import { adminNav, type AdminNavLink } from '../admin-views'

const allowed = (user: unknown, { permission }: AdminNavLink) =>
  (Array.isArray(permission) ? permission : [permission]).some((key) => can(user, key))

/** Every plugin's admin views in the navigation, each for the users holding its permission. */
export const AdminNavLinks = ({ payload, user, i18n }: ServerProps) => {
  const shown = adminNav.of(payload.config).filter((link) => allowed(user, link))
  if (shown.length === 0) return null
  const lang = i18n.language === 'en' ? 'en' : 'id'
  return (
    <>
      {shown.map((link) => (
        <Link key={link.path} className="nav__link" href={`/admin${link.path}`} prefetch={false}>
          <span className="nav__link-label">{link.label[lang]}</span>
        </Link>
      ))}
    </>
  )
}
