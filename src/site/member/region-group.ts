import { regionIdOf } from '@/access'

import type { HomeBlock } from './home-blocks'

/**
 * The member's region and its WhatsApp group, read with the member's own access: the link is
 * there only for those allowed to join (the region's active members), otherwise no block.
 */
export const regionGroupBlock: HomeBlock = {
  key: 'grup-wilayah',
  load: async (payload, user) => {
    const id = regionIdOf(user)
    if (id == null) return null
    const region = await payload.findByID({ collection: 'regions', id, depth: 0, user, overrideAccess: false, disableErrors: true })
    if (!region?.whatsappGroupUrl) return null
    return {
      title: { id: 'Grup WhatsApp wilayah', en: 'Regional WhatsApp group' },
      empty: { id: '', en: '' },
      items: [{ key: String(region.id), title: region.name, body: region.whatsappGroupUrl, href: region.whatsappGroupUrl }],
    }
  },
}
