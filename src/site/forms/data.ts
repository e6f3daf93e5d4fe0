import config from '@payload-config'
import { getPayload } from 'payload'

import { CONTACT_FORM_KEY } from '../../../collections/ContactInbox/contactForm'

/**
 * The contact page's form-builder form, read as a visitor. Forms have no cache tags; the page
 * itself is regenerated every few minutes, so edits to the form show up soon.
 */
export const getContactForm = async () => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'forms', where: { key: { equals: CONTACT_FORM_KEY } }, limit: 1, depth: 0, overrideAccess: false, user: null })
  return docs[0] ?? null
}
