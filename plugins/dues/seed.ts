import type { DemoSeeder } from '@/seed/extensions'

/** Demo data: filled in below (rates come from the migration). */
export const seedDues: DemoSeeder = async () => {}
