import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addBeforeSchemaInit } from '@/lib/db/schema-hooks'
import { reservedRoutes } from '@/lib/routes'
import { addAdminViews, addEndpoints } from '@/plugin-kit'
import { demoSeeders } from '@/seed/extensions'
import { landingStats } from '@/site/landing-stats'
import { memberMenu } from '@/site/member/menu'
import { profileSections } from '@/site/member/profile-sections'
import { visitorLinks } from '@/site/member/visitor-links'

import { membershipViews } from './admin/views'
import { MEMBER_DOCUMENTS, MemberDocuments } from './collections/MemberDocuments'
import { MEMBER_IMPORTS, MemberImports } from './collections/MemberImports'
import { MEMBERS, Members } from './collections/Members'
import { withMembershipOnUsers } from './collections/UsersMembership'
import { cardEndpoints } from './endpoints/card'
import { documentEndpoints } from './endpoints/documents'
import { importEndpoints, reportDownloadEndpoint } from './endpoints/import'
import { registrationEndpoints } from './endpoints/registration'
import { transitionEndpoints } from './endpoints/transitions'
import { memberNumberCounters } from './onboarding/numbers'
import { settingsFrom, type MembershipOptions } from './options'
import { membershipGrants, membershipPermissions } from './permissions'
import { seedMembership } from './seed'
import { memberStats } from './site/landing'
import { joinLink, membershipMenu } from './site/menu'
import { membershipProfileSection } from './site/profile'

export type { MembershipOptions, MembershipSettings, RequiredField } from './options'

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
      collections: [...(incoming.collections ?? []).map(withMembershipOnUsers), Members, MemberDocuments, MemberImports],
      custom: { ...incoming.custom, membership: settingsFrom(options) },
    }
    config = declarePermissions(config, membershipPermissions, membershipGrants)
    config = addEndpoints(config, MEMBERS, [...transitionEndpoints, ...registrationEndpoints, ...cardEndpoints, ...importEndpoints])
    config = addEndpoints(config, MEMBER_DOCUMENTS, documentEndpoints)
    config = addEndpoints(config, MEMBER_IMPORTS, [reportDownloadEndpoint])
    config = addAdminViews(config, membershipViews)
    config = addBeforeSchemaInit(config, memberNumberCounters)
    config = landingStats.add(config, memberStats)
    config = memberMenu.add(config, membershipMenu)
    config = profileSections.add(config, [membershipProfileSection])
    config = visitorLinks.add(config, [joinLink])
    // Registration, and the check page of a member card's QR code.
    config = reservedRoutes.add(config, ['daftar', 'verifikasi'])
    config = demoSeeders.add(config, [seedMembership])
    return config
  }
