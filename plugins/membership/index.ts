import type { Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addBeforeSchemaInit } from '@/lib/db/schema-hooks'

import { MemberDocuments } from './collections/MemberDocuments'
import { membersCollection } from './collections/Members'
import { memberNumberCounters } from './numbers'
import { settingsFrom, type MembershipOptions } from './options'
import { membershipGrants, membershipPermissions } from './permissions'

export type { MembershipOptions, MembershipSettings, RequiredField } from './options'

/**
 * The membership plugin (issue 5): members and their documents, onboarding and approval with
 * member numbers. List it in payload.config.ts before `accessMatrixPlugin()`.
 */
export const membershipPlugin =
  (options: MembershipOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const settings = settingsFrom(options)
    let config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []), membersCollection([]), MemberDocuments],
      custom: { ...incoming.custom, membership: settings },
    }
    config = declarePermissions(config, membershipPermissions, membershipGrants)
    config = addBeforeSchemaInit(config, memberNumberCounters)
    return config
  }
