import type { Payload } from 'payload'

import { seedContent } from './content'
import { demoSeeders } from './extensions'
import { seedSite } from './site'

export const DEMO_PASSWORD = 'balai-demo-2026'

export type DemoKind = 'union' | 'village'

const profiles: Record<DemoKind, { site: { name: string; tagline: string }; regions: Array<{ code: string; name: string }> }> = {
  union: {
    site: { name: 'Serikat Pekerja Kampus', tagline: 'Bersama memperjuangkan kesejahteraan pekerja kampus' },
    regions: [
      { code: 'KAMPUS-UTAMA', name: 'Kampus Utama' },
      { code: 'KAMPUS-TIMUR', name: 'Kampus Timur' },
    ],
  },
  village: {
    site: { name: 'Desa Sukamaju', tagline: 'Portal informasi dan layanan Desa Sukamaju' },
    regions: [
      { code: 'DSN-KRAJAN', name: 'Dusun Krajan' },
      { code: 'DSN-SUKAMULYA', name: 'Dusun Sukamulya' },
    ],
  },
}

/** `<role>@demo.balai.test`, `superadmin@…` for super_admin. */
export const demoEmail = (role: string) => `${role === 'super_admin' ? 'superadmin' : role}@demo.balai.test`

const demoNames: Record<string, string> = {
  super_admin: 'Sari Super Admin',
  admin: 'Agus Pengurus',
  coordinator: 'Citra Pengurus Wilayah',
  treasurer: 'Budi Bendahara',
  editor: 'Eka Editor',
  contributor: 'Kiki Kontributor',
  member: 'Maya Anggota',
  candidate: 'Cahya Calon Anggota',
}

/**
 * Demo data for a union or a village: site settings, two regions, one account per role, then
 * the plugins' demo data (src/seed/extensions.ts). Idempotent: run it again and nothing is duplicated. Never in production.
 */
export const seedDemo = async (payload: Payload, kind: DemoKind = 'union') => {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('The demo seed never runs in production.')
  }
  const profile = profiles[kind]
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { ...profile.site, organisationKind: kind },
    overrideAccess: true,
    context: { skipRevalidate: true },
  })

  const regionIds: Array<number> = []
  for (const region of profile.regions) {
    const { docs } = await payload.find({
      collection: 'regions',
      where: { code: { equals: region.code } },
      overrideAccess: true,
      limit: 1,
    })
    regionIds.push(docs[0]?.id ?? (await payload.create({ collection: 'regions', data: region, overrideAccess: true })).id)
  }
  await seedSite(payload, kind, regionIds)

  const { docs: roles } = await payload.find({ collection: 'roles', overrideAccess: true, pagination: false, depth: 0, sort: 'level' })
  const accounts: Array<{ role: string; email: string; id: number }> = []
  for (const role of roles) {
    const email = demoEmail(role.name)
    const { docs: existing } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, limit: 1, depth: 0 })
    if (existing[0]) {
      accounts.push({ role: role.name, email, id: existing[0].id })
      continue
    }
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email,
        password: DEMO_PASSWORD,
        name: demoNames[role.name] ?? role.label,
        role: role.id,
        region: role.name === 'member' ? regionIds[1] : regionIds[0],
        accountStatus: role.name === 'candidate' ? 'pending' : 'active',
      },
    })
    accounts.push({ role: role.name, email, id: user.id })
  }
  const idOf = (name: string) => accounts.find((account) => account.role === name)!.id
  await seedContent(payload, kind, { editor: idOf('editor'), contributor: idOf('contributor') })
  for (const seeder of demoSeeders.of(payload.config)) await seeder(payload, { kind, regionIds, accounts, password: DEMO_PASSWORD })
  return accounts
}

export const printDemoAccounts = (accounts: Array<{ role: string; email: string }>, serverURL: string) => {
  const width = Math.max(...accounts.map((account) => account.role.length))
  console.info(`\nDemo accounts (password: ${DEMO_PASSWORD}) — admin at ${serverURL}/admin`)
  for (const { role, email } of accounts) console.info(`  ${role.padEnd(width)}  ${email}`)
  console.info('')
}
