import { permission as p, type PermissionDef } from '@/access'

/**
 * The dues module, with the member's own view (`dues.view_self`: it ends in `_self`, so an account
 * suspended for arrears keeps it and can still pay) and the manual reactivation.
 */
const modulePermissions: PermissionDef[] = [
  p('dues.view_self', 'Melihat dan membayar iuran sendiri', 'View and pay own dues'),
  p('dues.rate.manage', 'Kelola tarif iuran', 'Manage dues rates'),
  p('dues.bill.generate', 'Generate tagihan', 'Generate bills'),
  p('dues.bill.view_all', 'Lihat semua tagihan', 'View all bills'),
  p('dues.payment.view_all', 'Lihat semua pembayaran', 'View all payments'),
  p('dues.payment.verify', 'Verifikasi pembayaran', 'Verify payments'),
  p('dues.payment.reject', 'Tolak pembayaran', 'Reject payments'),
  p('dues.claim.view_all', 'Lihat semua klaim', 'View all claims'),
  p('dues.claim.process', 'Proses klaim', 'Process claims'),
  p('dues.arrears.enforce_pending', 'Set status pending (tunggakan)', 'Suspend for arrears'),
  p('dues.arrears.reactivate', 'Aktifkan kembali setelah tunggakan', 'Reactivate after arrears'),
  p('dues.report.export_all', 'Export laporan', 'Export reports'),
]

/** The coordinators' recap of their own region's dues. */
const regionRecap = p('region.dues.view', 'Lihat rekap iuran wilayah', 'View regional dues recap')

export const duesPermissions: PermissionDef[] = [...modulePermissions, regionRecap]

/**
 * Treasurers get all of the module (super admins through grantsAll). Every role that has the
 * member's permissions (member, and admin, coordinator, treasurer: "plus member's") pays its own
 * dues — and staff who manage member accounts must hold what the member role holds.
 */
export const duesGrants: Record<string, string[]> = {
  treasurer: modulePermissions.map(({ key }) => key),
  member: ['dues.view_self'],
  admin: ['dues.view_self'],
  coordinator: ['dues.view_self', regionRecap.key],
}
