import type { Text } from '@/lib/messages'

/**
 * A rate's bracket: the member's civil-service grade (golongan I–IV) or salary range — the same
 * option values as the members' `golongan` and `salaryRange` fields.
 */
export const golonganBrackets = ['I', 'II', 'III', 'IV'] as const
export const salaryBrackets = ['0_1_5', '1_5_3', '3_6', '6_plus'] as const
export type Bracket = (typeof golonganBrackets)[number] | (typeof salaryBrackets)[number]

export const bracketOptions: Array<{ value: Bracket; label: Text }> = [
  ...golonganBrackets.map((value) => ({ value, label: { id: `Golongan ${value}`, en: `Grade ${value}` } })),
  { value: '0_1_5', label: { id: 'Gaji Rp 0 – 1,5 juta', en: 'Salary IDR 0–1.5 million' } },
  { value: '1_5_3', label: { id: 'Gaji Rp 1,5 – 3 juta', en: 'Salary IDR 1.5–3 million' } },
  { value: '3_6', label: { id: 'Gaji Rp 3 – 6 juta', en: 'Salary IDR 3–6 million' } },
  { value: '6_plus', label: { id: 'Gaji di atas Rp 6 juta', en: 'Salary over IDR 6 million' } },
]

/** From the first month a rate applies (seed rates: since always). */
export const SEED_EFFECTIVE_FROM = '2000-01-01'

/** The rates a new site starts with (amounts in whole rupiah). */
export const seedRates = [
  { schemeType: 'golongan', bracket: 'I', label: 'Golongan I (Ia, Ib, Ic, Id)', code: 'GOL1', amount: 20000, sortOrder: 1 },
  { schemeType: 'golongan', bracket: 'II', label: 'Golongan II (IIa, IIb, IIc, IId)', code: 'GOL2', amount: 30000, sortOrder: 2 },
  { schemeType: 'golongan', bracket: 'III', label: 'Golongan III (IIIa, IIIb, IIIc, IIId)', code: 'GOL3', amount: 35000, sortOrder: 3 },
  { schemeType: 'golongan', bracket: 'IV', label: 'Golongan IV (IVa, IVb, IVc, IVd, IVe)', code: 'GOL4', amount: 45000, sortOrder: 4 },
  { schemeType: 'gaji', bracket: '0_1_5', label: 'Rp 0 - Rp 1.500.000', code: 'GAJI1', amount: 7500, minSalary: 0, maxSalary: 1500000, sortOrder: 5 },
  { schemeType: 'gaji', bracket: '1_5_3', label: 'Rp 1.500.000 - Rp 3.000.000', code: 'GAJI2', amount: 15000, minSalary: 1500000, maxSalary: 3000000, sortOrder: 6 },
  { schemeType: 'gaji', bracket: '3_6', label: 'Rp 3.000.001 - Rp 6.000.000', code: 'GAJI3', amount: 30000, minSalary: 3000001, maxSalary: 6000000, sortOrder: 7 },
  { schemeType: 'gaji', bracket: '6_plus', label: 'Diatas Rp 6.000.000', code: 'GAJI4', amount: 60000, minSalary: 6000001, sortOrder: 8 },
] as const

/** The SQL that seeds them (in the migration: production needs them); keeps existing codes. */
export const seedRatesSql = `INSERT INTO "dues_rates" ("scheme_type", "bracket", "label", "code", "amount", "min_salary", "max_salary", "sort_order", "is_active", "effective_from")
VALUES
${seedRates
  .map((r) => `  ('${r.schemeType}', '${r.bracket}', '${r.label}', '${r.code}', ${r.amount}, ${'minSalary' in r ? r.minSalary : 'NULL'}, ${'maxSalary' in r && r.maxSalary != null ? r.maxSalary : 'NULL'}, ${r.sortOrder}, true, '${SEED_EFFECTIVE_FROM}')`)
  .join(',\n')}
ON CONFLICT ("code") DO NOTHING;`
