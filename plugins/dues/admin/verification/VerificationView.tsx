import type { AdminViewServerProps } from 'payload'

import { can, withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'

import { loadQueueItem } from './queue'
import { VerificationQueue } from './VerificationQueue'

/**
 * `/admin/iuran/verifikasi`: proofs waiting for the treasurer, oldest first, one at a time beside
 * their bills and member, approved or rejected from the keyboard. The view checks
 * `dues.payment.verify` itself and reads as the user; the endpoints check again.
 */
export const VerificationView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const user = await withRole(req)
  const allowed = can(user, 'dues.payment.verify')
  return (
    <AdminFrame view={view} allowed={allowed} refusal={{ id: 'Anda tidak berhak memverifikasi pembayaran.', en: 'You are not allowed to verify payments.' }}>
      {allowed && (
        <VerificationQueue lang={langOf(view)} apiRoute={req.payload.config.routes.api} initial={await loadQueueItem(req)} canReject={can(user, 'dues.payment.reject')} />
      )}
    </AdminFrame>
  )
}
