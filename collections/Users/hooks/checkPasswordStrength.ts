import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { pick } from '@/lib/messages'
import { isStrongPassword, passwordRuleText } from '@/lib/password-rule'

const assertStrongPassword = (req: PayloadRequest, password: unknown) => {
  if (typeof password !== 'string' || password === '') return
  if (!isStrongPassword(password)) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: pick(req, passwordRuleText) }] })
  }
}

/** The password rule (src/lib/password-rule.ts) on create, first registration and update. */
export const checkPasswordStrength: CollectionBeforeValidateHook = ({ data, req }) => {
  assertStrongPassword(req, data?.password)
  return data
}

/** …and on reset-password, whose hooks only ever see the already hashed password. */
export const checkResetPasswordStrength: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') assertStrongPassword(req, (args.data as { password?: unknown } | undefined)?.password)
  return args
}
