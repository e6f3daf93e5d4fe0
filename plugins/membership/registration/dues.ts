import type { PayloadRequest } from 'payload'

import { registrationDuesOf, type MemberRecord } from '@/plugin-kit'

import type { Member } from '../../../payload-types'

/** The registration fee the dues plugin quotes for this member; null: no dues steps. */
export const duesQuote = async (req: PayloadRequest, member: Member) => {
  const provider = registrationDuesOf(req.payload.config)
  return provider ? provider.quote(req, member as unknown as MemberRecord) : null
}
