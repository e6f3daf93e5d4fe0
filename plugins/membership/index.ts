import type { CollectionConfig, Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addBeforeSchemaInit } from '@/lib/db/schema-hooks'
import { reservedRoutes } from '@/lib/routes'
import { addDemoSeeder } from '@/seed/extensions'
import { addLandingStats } from '@/site/landing-stats'
import { addMemberMenuItems } from '@/site/member/menu'
import { addProfileSections } from '@/site/member/profile-sections'
import { addVisitorLinks } from '@/site/member/visitor-links'

import { CANDIDATES_PATH, IMPORT_PATH } from './admin/paths'
import { MemberDocuments } from './collections/MemberDocuments'
import { memberImportsCollection } from './collections/MemberImports'
import { membersCollection } from './collections/Members'
import { removeMemberOfUser } from './collections/Members/hooks/removeMemberOfUser'
import { cardEndpoints } from './endpoints/card'
import { importEndpoints, reportDownloadEndpoint } from './endpoints/import'
import { registrationEndpoints } from './endpoints/registration'
import { transitionEndpoints } from './endpoints/transitions'
import { memberStats } from './landing'
import { memberNumberCounters } from './numbers'
import { settingsFrom, type MembershipOptions } from './options'
import { membershipGrants, membershipPermissions } from './permissions'
import { seedMembership } from './seed'
import { membershipProfileSection } from './site/profile'

export type { MembershipOptions, MembershipSettings, RequiredField } from './options'

/** Hooks the plugin adds to core collections. */
const onUsers = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'users'
    ? { ...collection, hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), removeMemberOfUser] } }
    : collection

/** The candidates queue and the member import/export: their own admin views, and links to them in the navigation. */
const withAdminView = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [
        ...(config.admin?.components?.afterNavLinks ?? []),
        '/plugins/membership/admin/CandidatesNavLink#CandidatesNavLink',
        '/plugins/membership/admin/ImportNavLink#ImportNavLink',
      ],
      views: {
        ...config.admin?.components?.views,
        membershipCandidates: { Component: '/plugins/membership/admin/CandidatesView#CandidatesView', path: CANDIDATES_PATH, exact: true },
        memberImport: { Component: '/plugins/membership/admin/ImportView#ImportView', path: IMPORT_PATH, exact: true },
      },
    },
  },
})

/**
 * The membership plugin: members and their documents, onboarding and approval with
 * member numbers. List it in payload.config.ts before `accessMatrixPlugin()`. What it adds and
 * how is the model for every plugin: see plugins/README.md.
 */
export const membershipPlugin =
  (options: MembershipOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const settings = settingsFrom(options)
    let config: Config = {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map(onUsers),
        membersCollection([...transitionEndpoints, ...registrationEndpoints, ...cardEndpoints, ...importEndpoints]),
        MemberDocuments,
        memberImportsCollection([reportDownloadEndpoint]),
      ],
      custom: { ...incoming.custom, membership: settings },
    }
    config = declarePermissions(config, membershipPermissions, membershipGrants)
    config = addBeforeSchemaInit(config, memberNumberCounters)
    config = addLandingStats(config, memberStats)
    config = addDemoSeeder(config, seedMembership)
    // The member area and the site: the card for members, the status for candidates, "Daftar" for visitors.
    config = addMemberMenuItems(config, [
      { href: '/anggota/kartu', label: { id: 'Kartu anggota', en: 'Member card' }, permission: 'membercard.view_self' },
      { href: '/anggota/status', label: { id: 'Status pendaftaran', en: 'Registration status' }, permission: 'membership.status.view', hiddenWith: 'membercard.view_self' },
    ])
    config = addProfileSections(config, [membershipProfileSection])
    config = addVisitorLinks(config, [{ href: '/daftar', label: { id: 'Daftar', en: 'Join' } }])
    // Registration, and the check page of a member card's QR code.
    config = reservedRoutes.add(config, ['daftar', 'verifikasi'])
    return withAdminView(config)
  }
