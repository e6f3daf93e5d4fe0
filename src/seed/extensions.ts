import type { Config, Payload } from 'payload'

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

type WithSeeders = { custom?: Record<string, unknown> & { demoSeeders?: DemoSeeder[] } }

/** For a plugin's config transformer: its demo data, run after core's (`npm run seed`, dev boot). */
export const addDemoSeeder = <C extends WithSeeders>(config: C, seeder: DemoSeeder): C => ({
  ...config,
  custom: { ...config.custom, demoSeeders: [...(config.custom?.demoSeeders ?? []), seeder] },
})

export const demoSeedersOf = (config: Pick<Config, 'custom'>): DemoSeeder[] => (config as WithSeeders).custom?.demoSeeders ?? []
