import type { Payload } from 'payload'

import { roleId, seeded, unique, type UploadFile } from './api'

/** `fields` are the values a rule's `where` is checked against. */
export type Doc = { id: number; owner?: number; region?: number | null; fields?: Record<string, unknown> }

/** How the access matrix makes the documents of one collection. */
export type Fixture = {
  /** A document someone else owns, in the given region where the collection has regions. */
  make: (payload: Payload, region: number) => Promise<Doc>
  /** More documents that rules with `where` treat differently (e.g. an inactive category). */
  more?: Array<{ name: string; make: (payload: Payload) => Promise<Doc> }>
  /** The home region's document, where the collection's documents are regions themselves. */
  home?: () => Doc
  /** The actor's own document, for collections with owner rules. */
  own?: (payload: Payload, actorId: number) => Promise<Doc>
  /** Valid data for a create by an actor of the given region. */
  createData: (payload: Payload, region: number) => Promise<Record<string, unknown>>
  /** A harmless change every allowed actor may make. */
  updateData: Record<string, unknown>
  /** Upload collections: the file a create sends along with `createData`. */
  file?: () => Promise<UploadFile> | UploadFile
}

/** One entry per collection; a plugin keeps its own in `tests/int/<plugin>/matrix-fixtures.ts`. */
export type Fixtures = Record<string, Fixture>

/** An active member's account in the region, as the matrix creates accounts. */
export const userData = async (payload: Payload, region: number) => ({
  email: `${unique('matrix')}@test.balai.test`,
  password: seeded().password,
  name: 'Uji Matriks',
  role: await roleId(payload, 'member'),
  region,
  accountStatus: 'active' as const,
})

/** Someone who is none of the actors. */
export const someone = async (payload: Payload, region: number) =>
  (await payload.create({ collection: 'users', data: await userData(payload, region), overrideAccess: true })).id

/** A file as the Local API takes it. */
export const withSize = (file: UploadFile) => ({ ...file, size: file.data.length })
