import type { Payload } from 'payload'
import QRCode from 'qrcode'

import { idOfRelation } from '@/access'
import type { Text } from '@/lib/messages'

import type { Member } from '../../../payload-types'
import { MEMBER_DOCUMENTS } from '../collections/MemberDocuments'
import { MEMBERS } from '../collections/Members'
import { membershipStatusLabels } from '../onboarding/states'
import { membershipSettings } from '../options'
import { signCard, verifyCard, type CardClaim } from './token'

/** The site page a card's QR code opens (the token is its last segment). */
export const VERIFY_PAGE = '/verifikasi'

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

const addMonths = (date: Date, months: number) => {
  const next = new Date(date)
  next.setUTCMonth(next.getUTCMonth() + months)
  return next
}

/**
 * The end of the card's current period: periods of `months` run back to back from the day the
 * member joined, so a member of several years gets this period's card, not one that expired
 * after the first. The live status still decides on the verification page.
 */
export const cardValidUntil = (joinedAt: string | Date, months: number, now = new Date()): string => {
  const start = new Date(joinedAt)
  let end = addMonths(start, months)
  for (let periods = 2; end.getTime() <= now.getTime(); periods++) end = addMonths(start, months * periods)
  return isoDate(end)
}

/** A member with a card: approved, active, numbered. */
export const hasCard = (member: Pick<Member, 'membershipStatus' | 'onboardingState' | 'memberNumber' | 'joinedAt'>) =>
  member.membershipStatus === 'active' && member.onboardingState === 'approved' && Boolean(member.memberNumber) && Boolean(member.joinedAt)

/**
 * Why an account gets no card even when its member record has one: the card follows the account,
 * and a suspended (e.g. for unpaid dues) or disabled account holds none until it is active again.
 */
export const cardRefusal = (accountStatus: string | null | undefined): Text | null =>
  accountStatus === 'active'
    ? null
    : {
        id: 'Akun Anda sedang ditangguhkan, jadi kartu anggota tidak dapat diunduh. Lunasi tunggakan iuran Anda; setelah pembayarannya diverifikasi, akun aktif kembali dan kartu tersedia lagi. Bila bukan karena iuran, hubungi pengurus.',
        en: 'Your account is suspended, so the member card cannot be downloaded. Pay your dues arrears; once the payment is verified the account is active again and so is the card. If it is not about dues, contact the board.',
      }

/** The member record of an account (the system reads it; callers decide who may see what). */
export const memberOfUser = async (payload: Payload, userId: number | string, depth = 0): Promise<Member | null> => {
  const { docs } = await payload.find({ collection: MEMBERS, where: { user: { equals: userId } }, limit: 1, depth, overrideAccess: true, pagination: false })
  return (docs[0] as Member | undefined) ?? null
}

export type Card = {
  memberId: number
  fullName: string
  memberNumber: string
  region: string | null
  validUntil: string
  token: string
  verifyUrl: string
  /** The member's latest profile photo (a member document), shown through the access-checked download. */
  photoId: number | null
}

/** Everything a member card shows, for an approved, active member (see `hasCard`); region populated or not. */
export const cardOf = async (payload: Payload, member: Member): Promise<Card> => {
  const months = membershipSettings(payload.config)?.cardValidityMonths ?? 12
  const claim: CardClaim = { memberId: member.id, memberNumber: member.memberNumber!, validUntil: cardValidUntil(member.joinedAt!, months) }
  const token = signCard(claim)
  const regionId = idOfRelation(member.region)
  const region =
    typeof member.region === 'object' && member.region
      ? member.region.name
      : regionId == null
        ? null
        : ((await payload.findByID({ collection: 'regions', id: regionId, depth: 0, overrideAccess: true, disableErrors: true }))?.name ?? null)
  const { docs: photos } = await payload.find({
    collection: MEMBER_DOCUMENTS,
    where: { member: { equals: member.id }, docType: { equals: 'profile_photo' }, mimeType: { in: ['image/jpeg', 'image/png'] } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return {
    memberId: member.id,
    fullName: member.fullName,
    memberNumber: claim.memberNumber,
    region,
    validUntil: claim.validUntil,
    token,
    verifyUrl: new URL(`${VERIFY_PAGE}/${token}`, payload.config.serverURL).toString(),
    photoId: photos[0]?.id ?? null,
  }
}

/** The QR code of the card's verification address, as SVG markup (drawn on the server). */
export const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })

export const qrPng = (text: string) => QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 })

/** What a card check reports: the membership status, or `suspended` while the account is not active. */
export type CardStatus = Member['membershipStatus'] | 'suspended'

export const cardStatusLabels: Record<CardStatus, Text> = { ...membershipStatusLabels, suspended: { id: 'Ditangguhkan', en: 'Suspended' } }

export type CardCheck =
  | { valid: false }
  | { valid: true; expired: boolean; fullName: string; memberNumber: string; validUntil: string; status: CardStatus }

/** An active membership whose account is suspended (say, for arrears) is not active. */
const statusOf = async (payload: Payload, member: Member): Promise<CardStatus> => {
  if (member.membershipStatus !== 'active') return member.membershipStatus
  const userId = idOfRelation(member.user)
  const account = userId == null ? null : await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true, select: { accountStatus: true } })
  return account?.accountStatus === 'active' ? 'active' : 'suspended'
}

/**
 * What the verification page says about a token: invalid (not our signature, or no such member
 * with that number any more), or valid with the member's CURRENT status — a disabled member's
 * card verifies as genuine but shows "disabled", a suspended account's "suspended". Name and
 * number only, nothing else.
 */
export const checkCard = async (payload: Payload, token: string, now = new Date()): Promise<CardCheck> => {
  const claim = verifyCard(token)
  if (!claim) return { valid: false }
  const member = (await payload.findByID({ collection: MEMBERS, id: claim.memberId, depth: 0, overrideAccess: true, disableErrors: true })) as Member | null
  if (!member || member.memberNumber !== claim.memberNumber || member.deletedAt) return { valid: false }
  return {
    valid: true,
    // The card's last day ends at midnight in Jakarta.
    expired: new Date(`${claim.validUntil}T23:59:59.999+07:00`).getTime() < now.getTime(),
    fullName: member.fullName,
    memberNumber: claim.memberNumber,
    validUntil: claim.validUntil,
    status: await statusOf(payload, member),
  }
}
