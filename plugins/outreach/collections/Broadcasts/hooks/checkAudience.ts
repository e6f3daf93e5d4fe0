import type { CollectionBeforeChangeHook } from 'payload'

import { can, regionIdOf, withRole } from '@/access'
import { forbidden, userError } from '@/lib/messages'

/**
 * Who may send to whom: everyone takes `notification.send_all`; one region takes that or
 * `notification.send_region` for the sender's own region. Checked here as well as by the policy,
 * so a role holding `send_region` with an all-regions scope cannot reach other regions either.
 * The sender and the starting state are set by the server.
 */
export const checkAudience: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = await withRole(req)
  if (data.audience === 'region') {
    if (!data.region) throw userError(req, 400, { id: 'Pilih wilayah penerima.', en: 'Choose the recipients’ region.' })
    const own = regionIdOf(user) != null && String(regionIdOf(user)) === String(typeof data.region === 'object' ? data.region.id : data.region)
    if (!can(user, 'notification.send_all') && !(own && can(user, 'notification.send_region'))) {
      throw forbidden(req, { id: 'Anda hanya boleh mengirim siaran ke wilayah Anda sendiri.', en: 'You may only broadcast to your own region.' })
    }
  } else {
    if (!can(user, 'notification.send_all')) throw forbidden(req, { id: 'Anda tidak berhak mengirim siaran ke semua anggota.', en: 'You may not broadcast to all members.' })
    data.region = null
  }
  return { ...data, status: 'queued', recipientCount: 0, emailQueued: 0, emailSent: 0, completedAt: null, sentBy: user?.id ?? null }
}
