import type { CollectionConfig, Config, Plugin } from 'payload'

import { declarePermissions } from '@/access'
import { addBeforeSchemaInit } from '@/lib/db/schema-hooks'
import { addLandingStats } from '@/site/landing-stats'

import { MemberDocuments } from './collections/MemberDocuments'
import { memberImportsCollection } from './collections/MemberImports'
import { membersCollection } from './collections/Members'
import { removeMemberOfUser } from './collections/Members/hooks/removeMemberOfUser'
import { importEndpoints, reportDownloadEndpoint } from './endpoints/import'
import { transitionEndpoints } from './endpoints/transitions'
import { memberStats } from './landing'
import { memberNumberCounters } from './numbers'
import { settingsFrom, type MembershipOptions } from './options'
import { membershipGrants, membershipPermissions } from './permissions'

export type { MembershipOptions, MembershipSettings, RequiredField } from './options'

/** Hooks the plugin adds to core collections. */
const onUsers = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'users'
    ? { ...collection, hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), removeMemberOfUser] } }
    : collection

/**
 * The membership plugin (issue 5): members and their documents, onboarding and approval with
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
        membersCollection([...transitionEndpoints, ...importEndpoints]),
        MemberDocuments,
        memberImportsCollection([reportDownloadEndpoint]),
      ],
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          views: {
            ...incoming.admin?.components?.views,
            memberImport: { Component: '/plugins/membership/admin/ImportView#ImportView', path: '/impor-anggota' },
          },
        },
      },
      custom: { ...incoming.custom, membership: settings },
    }
    config = declarePermissions(config, membershipPermissions, membershipGrants)
    config = addBeforeSchemaInit(config, memberNumberCounters)
    config = addLandingStats(config, memberStats)
    return config
  }
