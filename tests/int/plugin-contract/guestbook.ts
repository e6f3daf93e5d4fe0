/**
 * A small third-party-style plugin, written only against the documented contract
 * (plugins/README.md): a collection with its policy, a permission it declares, a hook and a job.
 * Nothing in core knows about it.
 */
import type { CollectionConfig, Config, Plugin, TaskConfig } from 'payload'

import { anyone, declarePermissions, signedIn, withPermission, withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

export const GUESTBOOK = 'guestbook-entries'
export const MODERATE = 'guestbook.moderate'

/** Visitors read approved entries; anyone signed in writes one; moderators handle them all. */
const guestbookPolicy: Policy = {
  create: [signedIn],
  read: [{ ...anyone, where: { approved: { equals: true } } }, withPermission(MODERATE)],
  update: [withPermission(MODERATE)],
  delete: [withPermission(MODERATE)],
}

/** The job: thanks the writer of an entry (here: marks it thanked), after the request is done. */
const thankWriter: TaskConfig<{ input: { entry: number }; output: object }> = {
  slug: 'guestbookThank',
  inputSchema: [{ name: 'entry', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    await req.payload.update({ collection: GUESTBOOK as 'users', id: input.entry, data: { thanked: true } as never, req, overrideAccess: true })
    return { output: {} }
  },
}

const Guestbook: CollectionConfig = {
  slug: GUESTBOOK,
  ...withPolicy(guestbookPolicy),
  hooks: {
    // The hook: the writer is whoever is signed in, whatever the request says.
    beforeChange: [({ data, operation, req }) => (operation === 'create' ? { ...data, writer: req.user?.id ?? null } : data)],
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create') await req.payload.jobs.queue({ task: 'guestbookThank' as never, input: { entry: doc.id } as never, req })
        return doc
      },
    ],
  },
  fields: [
    { name: 'message', type: 'text', required: true, maxLength: 500 },
    { name: 'approved', type: 'checkbox', defaultValue: false, access: { create: serverOnly.create } },
    { name: 'writer', type: 'relationship', relationTo: 'users', access: serverOnly },
    { name: 'thanked', type: 'checkbox', defaultValue: false, access: serverOnly },
  ],
}

export const guestbookPlugin = (): Plugin => (incoming: Config) => {
  const config = declarePermissions(incoming, [{ key: MODERATE, id: 'Moderasi buku tamu', en: 'Moderate the guestbook' }], { admin: [MODERATE] })
  return {
    ...config,
    collections: [...(config.collections ?? []), Guestbook],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), thankWriter as unknown as TaskConfig] },
  }
}
