import { can, regionIdOf, scopeOf } from '@/access'

/**
 * Whose dues figures a user may see, as the bills' read policy has it: every region (the
 * treasurer, `dues.bill.view_all` / `dues.report.export_all`), or their own region only for a
 * role limited to one (coordinators' recap, `region.dues.view`) — whatever else that role holds;
 * without a region of its own, nothing. `detail` (per-bill lines with names and codes) is for
 * `dues.report.export_all` outside a region scope: a coordinator gets the recap.
 */
export type DuesScope = { region: number | null; detail: boolean } | null

export const duesScopeOf = (user: unknown): DuesScope => {
  if (!can(user, 'dues.bill.view_all') && !can(user, 'dues.report.export_all') && !can(user, 'region.dues.view')) return null
  if (scopeOf(user) !== 'region') return { region: null, detail: can(user, 'dues.report.export_all') }
  const own = Number(regionIdOf(user))
  return Number.isSafeInteger(own) && own > 0 ? { region: own, detail: false } : null
}

/** Who may download reports: the treasurer (`dues.report.export_all`), coordinators their recap (`region.dues.view`). */
export const mayExportDues = (user: unknown) =>
  (can(user, 'dues.report.export_all') || can(user, 'region.dues.view')) && duesScopeOf(user) != null
