import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { tags } from '@/lib/revalidate'

import { CONTACT_FORM_KEY } from '../../../collections/ContactInbox/contactForm'

/** The contact page's form-builder form, read as a visitor; kept until a form changes (its tag). */
export const getContactForm = unstable_cache(
  async () => {
    const payload = await getPayload({ config })
    const { docs } = await payload.find({ collection: 'forms', where: { key: { equals: CONTACT_FORM_KEY } }, limit: 1, depth: 0, overrideAccess: false, user: null })
    return docs[0] ?? null
  },
  ['contact-form'],
  { tags: [tags.collection('forms')] },
)
