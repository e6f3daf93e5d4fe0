import type { CollectionConfig, Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addBeforeSchemaInit } from '@/lib/db/schema-hooks'
import { reservedRoutes } from '@/lib/routes'
import { addAdminViews, addEndpoints } from '@/plugin-kit'
import { demoSeeders } from '@/seed/extensions'
import { landingStats } from '@/site/landing-stats'
import { memberMenu } from '@/site/member/menu'
import { profileSections } from '@/site/member/profile-sections'
import { visitorLinks } from '@/site/member/visitor-links'

import { CANDIDATES_PATH, IMPORT_PATH } from './admin/paths'
import { MemberDocuments } from './collections/MemberDocuments'
import { MEMBER_IMPORTS, MemberImports } from './collections/MemberImports'
import { MEMBERS, Members } from './collections/Members'
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

/**
 * The membership plugin: members and their documents, onboarding and approval with member
 * numbers, the member card, bulk import and export. List it in payload.config.ts before
 * `accessMatrixPlugin()`.
 */
export const membershipPlugin =
  (options: MembershipOptions = {}): Plugin =>
  (incoming: Config): Config => {
    let config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []).map(onUsers), Members, MemberDocuments, MemberImports],
      custom: { ...incoming.custom, membership: settingsFrom(options) },
    }
    config = declarePermissions(config, membershipPermissions, membershipGrants)
    config = addEndpoints(config, MEMBERS, [...transitionEndpoints, ...registrationEndpoints, ...cardEndpoints, ...importEndpoints])
    config = addEndpoints(config, MEMBER_IMPORTS, [reportDownloadEndpoint])
    config = addAdminViews(config, [
      {
        key: 'membershipCandidates',
        path: CANDIDATES_PATH,
        Component: '/plugins/membership/admin/CandidatesView#CandidatesView',
        nav: { label: { id: 'Calon anggota', en: 'Candidates' }, permission: ['member.approve_candidate', 'member.reject_candidate'] },
      },
      {
        key: 'memberImport',
        path: IMPORT_PATH,
        Component: '/plugins/membership/admin/ImportView#ImportView',
        nav: { label: { id: 'Impor & ekspor anggota', en: 'Member import & export' }, permission: ['members.bulk_import', 'region.member.download'] },
      },
    ])
    config = addBeforeSchemaInit(config, memberNumberCounters)
    config = landingStats.add(config, memberStats)
    config = demoSeeders.add(config, [seedMembership])
    // The member area and the site: the card for members, the status for candidates, "Daftar" for visitors.
    config = memberMenu.add(config, [
      { href: '/anggota/kartu', label: { id: 'Kartu anggota', en: 'Member card' }, permission: 'membercard.view_self' },
      { href: '/anggota/status', label: { id: 'Status pendaftaran', en: 'Registration status' }, permission: 'membership.status.view', hiddenWith: 'membercard.view_self' },
    ])
    config = profileSections.add(config, [membershipProfileSection])
    config = visitorLinks.add(config, [{ href: '/daftar', label: { id: 'Daftar', en: 'Join' } }])
    // Registration, and the check page of a member card's QR code.
    config = reservedRoutes.add(config, ['daftar', 'verifikasi'])
    return config
  }
