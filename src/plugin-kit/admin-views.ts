import type { Config } from 'payload'

import type { Text } from '@/lib/messages'

import { extensionPoint } from './extension-point'

/** A link in the admin's navigation, shown to users holding the permission (any of them, for a list). */
export type AdminNavEntry = { label: Text; permission: string | string[] }

export type AdminView = {
  /** The key under `admin.components.views`: unique across plugins. */
  key: string
  /** Under /admin. */
  path: `/${string}`
  /** The view's import-map path (`/plugins/<name>/admin/…#Export`). */
  Component: string
  /** Defaults to true: a plugin's view owns its path, not the paths below it. */
  exact?: boolean
  nav?: AdminNavEntry
}

export type AdminNavLink = AdminNavEntry & { path: string }

/** Every plugin's nav links; the one nav component reads them at render. */
export const adminNav = extensionPoint<AdminNavLink>('adminNav')

const NAV_COMPONENT = '/src/plugin-kit/admin/AdminNavLinks#AdminNavLinks'

const withNavComponent = (config: Config): Config => {
  const afterNavLinks = config.admin?.components?.afterNavLinks ?? []
  if (afterNavLinks.includes(NAV_COMPONENT)) return config
  return { ...config, admin: { ...config.admin, components: { ...config.admin?.components, afterNavLinks: [...afterNavLinks, NAV_COMPONENT] } } }
}

/** Registers the plugin's admin views, and their nav links (rendered by one shared component). */
export const addAdminViews = (config: Config, views: AdminView[]): Config => {
  const registered = Object.fromEntries(views.map(({ key, path, Component, exact = true }) => [key, { Component, path, exact }]))
  const links = views.flatMap(({ path, nav }) => (nav ? [{ path, ...nav }] : []))
  const withViews: Config = {
    ...config,
    admin: { ...config.admin, components: { ...config.admin?.components, views: { ...config.admin?.components?.views, ...registered } } },
  }
  return links.length ? adminNav.add(withNavComponent(withViews), links) : withViews
}
