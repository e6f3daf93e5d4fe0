import type { Payload } from 'payload'

import { extensionPoint } from '@/plugin-kit/extension-point'

/** What a plugin's demo seeder gets: the kind of demo and what core's seed made. */
export type DemoSeedContext = {
  kind: 'union' | 'village'
  regionIds: number[]
  /** One account per built-in role: `<role>@demo.balai.test`. */
  accounts: Array<{ role: string; email: string; id: number }>
  password: string
}

/** Must be idempotent, like core's seed: run twice, nothing is duplicated. */
export type DemoSeeder = (payload: Payload, context: DemoSeedContext) => Promise<void>

/** The plugins' demo data, run after core's (`npm run seed`, dev boot), in the plugins' order. */
export const demoSeeders = extensionPoint<DemoSeeder>('demoSeeders')
