import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { userError } from '@/lib/messages'

import { openBillsOf } from '../../../bills/generate'

/**
 * A payment belongs to its member's account and region (copied for access rules). It pays only
 * that member's open bills (unpaid or overdue), none already waiting in another payment (409,
 * decided under a lock on the bills' rows); the amount defaults to the sum to transfer. The bills
 * are fixed once the payment exists.
 */
export const checkPaidBills: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const memberId = idOfRelation(data.member ?? originalDoc?.member)
  const member =
    memberId == null ? null : await req.payload.findByID({ collection: 'members', id: memberId, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!member) throw userError(req, 400, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })
  const owner = idOfRelation(member.user)
  if (operation === 'update') {
    const same = (a: unknown[] | undefined, b: unknown[] | undefined) =>
      JSON.stringify((a ?? []).map((x) => String(idOfRelation(x))).sort()) === JSON.stringify((b ?? []).map((x) => String(idOfRelation(x))).sort())
    if (String(memberId) !== String(idOfRelation(originalDoc?.member)) || ('bills' in data && !same(data.bills as unknown[], originalDoc?.bills))) {
      throw userError(req, 400, { id: 'Anggota dan tagihan sebuah pembayaran tidak dapat diubah.', en: "A payment's member and bills cannot change." })
    }
    return { ...data, owner, region: idOfRelation(member.region) ?? null }
  }
  if (data.owner != null && String(idOfRelation(data.owner)) !== String(owner)) {
    throw userError(req, 400, { id: 'Pemilik pembayaran harus akun anggota itu.', en: "The payment's owner must be the member's account." })
  }
  const billIds = [...new Set(((data.bills as unknown[] | undefined) ?? []).map((bill) => Number(idOfRelation(bill))))]
  if (billIds.length === 0 || billIds.some((id) => !Number.isSafeInteger(id))) {
    throw userError(req, 400, { id: 'Pilih minimal satu tagihan yang dibayar.', en: 'Choose at least one bill to pay.' })
  }
  const open = await openBillsOf(req, member.id, billIds)
  if (open.length === billIds.length && open.some((bill) => bill.waiting)) {
    throw userError(req, 409, {
      id: 'Tagihan ini sudah punya bukti bayar yang menunggu verifikasi: tunggu keputusan bendahara sebelum mengirim lagi.',
      en: 'This bill already has a proof awaiting verification: wait for the treasurer’s decision before sending another.',
    })
  }
  if (open.length !== billIds.length) {
    throw userError(req, 400, {
      id: 'Hanya tagihan Anda sendiri yang belum lunas dan belum menunggu verifikasi yang dapat dibayar.',
      en: 'Only your own bills that are unpaid and not already awaiting verification can be paid.',
    })
  }
  const total = open.reduce((sum, bill) => sum + bill.transferAmount, 0)
  const paidAmount = data.paidAmount == null || data.paidAmount === '' ? total : Number(data.paidAmount)
  if (!Number.isSafeInteger(paidAmount) || paidAmount <= 0) {
    throw userError(req, 400, { id: 'Jumlah dibayar harus rupiah bulat lebih dari 0.', en: 'The amount paid must be whole rupiah above 0.' })
  }
  return { ...data, bills: billIds, owner, region: idOfRelation(member.region) ?? null, paidAmount }
}
