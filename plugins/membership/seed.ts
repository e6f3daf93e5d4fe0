import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { escapeHtml } from '@/lib/html'
import type { DemoSeeder } from '@/seed/extensions'

import { MEMBER_DOCUMENTS } from './collections/MemberDocuments'
import { MEMBERS } from './collections/Members'
import { SYSTEM_WRITE } from './collections/Members/hooks/guardStateFields'
import { nextMemberNumber } from './onboarding/numbers'
import { membershipSettings } from './options'

type DemoPerson = { email: string; name: string; region: 0 | 1; university: string; faculty: string }

/** Members besides the demo member account, so lists, regions and numbers have something to show. */
const extraMembers: DemoPerson[] = [
  { email: 'anggota2@demo.balai.test', name: 'Dewi Lestari', region: 0, university: 'Universitas Nusantara', faculty: 'Fakultas Teknik' },
  { email: 'anggota3@demo.balai.test', name: 'Rudi Hartono', region: 1, university: 'Universitas Nusantara', faculty: 'Fakultas Ekonomi' },
  { email: 'anggota4@demo.balai.test', name: 'Nur Aini', region: 0, university: 'Politeknik Harapan', faculty: 'Teknik Sipil' },
]

/** A picture of a document with a caption: enough for the queue's previews. */
const picture = async (caption: string, format: 'png' | 'jpeg') => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="380"><rect width="600" height="380" rx="16" fill="#e8f1ec"/><text x="40" y="200" font-family="sans-serif" font-size="34" fill="#14532d">${escapeHtml(caption)}</text></svg>`
  const image = sharp(Buffer.from(svg))
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer()
}

const memberOf = async (payload: Payload, userId: number) =>
  (await payload.find({ collection: MEMBERS, where: { user: { equals: userId } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]

const accountFor = async (payload: Payload, person: DemoPerson, regionId: number, password: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: person.email } }, overrideAccess: true, depth: 0, limit: 1 })
  if (docs[0]) return docs[0].id
  const role = (await payload.find({ collection: 'roles', where: { name: { equals: 'member' } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: person.email, password, name: person.name, role: role.id, region: regionId, accountStatus: 'active' },
  })
  return user.id
}

/** An approved member with the next number, as an approval would leave them. */
const approvedMember = async (payload: Payload, userId: number, person: Omit<DemoPerson, 'email'>, regionId: number) => {
  if (await memberOf(payload, userId)) return
  const prefix = membershipSettings(payload.config)?.memberNumberPrefix ?? 'SPK'
  const now = new Date().toISOString()
  await payload.create({
    collection: MEMBERS,
    overrideAccess: true,
    context: { [SYSTEM_WRITE]: true, skipRevalidate: true },
    data: {
      user: userId,
      fullName: person.name,
      region: regionId,
      universityName: person.university,
      faculty: person.faculty,
      employmentStatus: 'tetap_non_pns',
      academicRank: 'lektor',
      salaryRange: '3_6',
      memberNumber: await nextMemberNumber({ payload } as PayloadRequest, prefix),
      membershipStatus: 'active',
      onboardingState: 'approved',
      verificationStatus: 'verified',
      emailVerifiedAt: now,
      verifiedAt: now,
      joinedAt: now,
    },
  })
}

/** The demo candidate: email verified, identity card and payment proof uploaded, waiting in the queue. */
const waitingCandidate = async (payload: Payload, userId: number, regionId: number) => {
  if (await memberOf(payload, userId)) return
  const member = await payload.create({
    collection: MEMBERS,
    overrideAccess: true,
    context: { [SYSTEM_WRITE]: true, skipRevalidate: true },
    data: {
      user: userId,
      fullName: 'Cahya Calon Anggota',
      region: regionId,
      phoneNumber: '081234567001',
      universityName: 'Universitas Nusantara',
      faculty: 'Fakultas Hukum',
      employmentStatus: 'kontrak_pkwt',
      academicRank: 'asisten_ahli',
      salaryRange: '1_5_3',
      membershipStatus: 'candidate',
      onboardingState: 'email_verified',
      emailVerifiedAt: new Date().toISOString(),
      agreedToTermsAt: new Date().toISOString(),
      agreedToPrivacyAt: new Date().toISOString(),
    },
  })
  const files = [
    { docType: 'id_proof' as const, name: 'ktp-cahya.png', mimetype: 'image/png', data: await picture('KTP — Cahya Calon Anggota', 'png') },
    { docType: 'dues_payment_proof' as const, name: 'bukti-transfer.jpg', mimetype: 'image/jpeg', data: await picture('Bukti transfer iuran pendaftaran', 'jpeg') },
  ]
  for (const { docType, ...file } of files) {
    await payload.create({
      collection: MEMBER_DOCUMENTS,
      overrideAccess: true,
      data: { member: member.id, docType, reviewStatus: 'not_reviewed' },
      file: { ...file, size: file.data.length },
    })
  }
}

/** Union demo only: the member account's record, three more members, and a candidate to approve. */
export const seedMembership: DemoSeeder = async (payload, { kind, regionIds, accounts, password }) => {
  if (kind !== 'union') return
  const account = (role: string) => accounts.find((entry) => entry.role === role)
  const member = account('member')
  if (member) {
    await approvedMember(payload, member.id, { name: 'Maya Anggota', region: 1, university: 'Universitas Nusantara', faculty: 'Fakultas Ilmu Budaya' }, regionIds[1])
  }
  for (const person of extraMembers) {
    const regionId = regionIds[person.region]
    await approvedMember(payload, await accountFor(payload, person, regionId, password), person, regionId)
  }
  const candidate = account('candidate')
  if (candidate) await waitingCandidate(payload, candidate.id, regionIds[0])
}
