import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { pick } from '@/lib/messages'

/** Seed 002 §6.2: at least 8 characters with letters and digits. Runs on create, update and reset. */
export const checkPasswordStrength: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new ValidationError({
      collection: collection?.slug,
      errors: [
        {
          path: 'password',
          message: pick(req, {
            id: 'Kata sandi minimal 8 karakter dan berisi huruf serta angka.',
            en: 'The password needs at least 8 characters with letters and digits.',
          }),
        },
      ],
    })
  }
  return data
}
