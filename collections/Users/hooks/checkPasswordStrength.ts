import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { pick } from '@/lib/messages'
import { isStrongPassword, passwordRuleText } from '@/lib/password-rule'

/** Seed 002 §6.2 (src/lib/password-rule.ts). Runs on create, update and reset. */
export const checkPasswordStrength: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  if (!isStrongPassword(password)) {
    throw new ValidationError({
      collection: collection?.slug,
      errors: [{ path: 'password', message: pick(req, passwordRuleText) }],
    })
  }
  return data
}
