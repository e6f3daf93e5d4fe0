/**
 * Run by the integration tests' global setup in its own process (plain tsx, like `npm run seed`):
 * applies the migrations to the throw-away database in DATABASE_URL, makes two regions and one
 * signed-in user per role, and prints what it made as JSON on the last line.
 */
import { getPayload } from 'payload'

// Static imports only: DATABASE_URL is set by the caller, and dynamic imports racing Payload's own
// module loading have been seen to stall top-level await here.
import config from '../../payload.config'
import { SYSTEM_WRITE } from '../../plugins/membership/collections/Members/hooks/guardStateFields'
import { migrateAndSync } from '../../src/lib/bootstrap'
import { closePayload } from '../../src/lib/db/boot'

export const TEST_PASSWORD = 'rahasia-uji-123'

export type Seeded = {
  password: string
  regions: { home: number; away: number }
  users: Record<string, { id: number; email: string; token: string }>
  /** An approved member (golongan III, home region) with their own account, when the membership plugin is on: someone who pays dues. */
  payer: { userId: number; memberId: number; email: string; fullName: string; memberNumber: string } | null
}

const payload = await getPayload({ config })
await migrateAndSync(payload)

const region = (code: string, name: string) =>
  payload.create({ collection: 'regions', data: { code, name }, overrideAccess: true })
const home = await region('HOME', 'Wilayah Rumah')
const away = await region('AWAY', 'Wilayah Seberang')

const { docs: roles } = await payload.find({ collection: 'roles', overrideAccess: true, pagination: false, depth: 0 })
const users: Seeded['users'] = {}
for (const role of roles) {
  const email = `${role.name.replace('_', '')}@test.balai.test`
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: TEST_PASSWORD, name: `Uji ${role.label}`, role: role.id, region: home.id, accountStatus: 'active' },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  users[role.name] = { id: user.id, email, token: token! }
}

/** Approved as the system would approve them: the state fields are the system's to write. */
const makePayer = async (): Promise<Seeded['payer']> => {
  if (!payload.config.custom?.membership) return null
  const email = 'pembayar@test.balai.test'
  const member = roles.find((role) => role.name === 'member')!
  const account = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: TEST_PASSWORD, name: 'Uji Pembayar Iuran', role: member.id, region: home.id, accountStatus: 'active' },
  })
  const fullName = 'Sekar Pembayar Iuran'
  const memberNumber = 'TST-2026-00001'
  const record = await payload.create({
    collection: 'members',
    overrideAccess: true,
    context: { [SYSTEM_WRITE]: true },
    data: {
      user: account.id,
      fullName,
      memberNumber,
      region: home.id,
      membershipStatus: 'active',
      onboardingState: 'approved',
      verificationStatus: 'verified',
      universityName: 'Universitas Uji',
      golongan: 'III',
    },
  })
  return { userId: account.id, memberId: record.id, email, fullName, memberNumber }
}
const payer = await makePayer()

// A second member, for what takes two (one member replies to another in the forum).
{
  const email = 'member2@test.balai.test'
  const role = roles.find((r) => r.name === 'member')!
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: TEST_PASSWORD, name: 'Uji Anggota Kedua', role: role.id, region: home.id, accountStatus: 'active' },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  users.member2 = { id: user.id, email, token: token! }
}
await closePayload(payload)
const seeded: Seeded = { password: TEST_PASSWORD, regions: { home: home.id, away: away.id }, users, payer }
console.info(JSON.stringify(seeded))
process.exit(0)
