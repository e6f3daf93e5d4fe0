import type { PayloadRequest } from 'payload'

import { pick } from '@/lib/messages'

/** What a browser would start a tag, comment or declaration with ("a < b" is fine). */
const MARKUP = /<[a-z!/?]/i

/**
 * Validator for fields that end up in places where HTML would be dangerous (meta tags, titles):
 * plain text within `maxLength`. Rendering still escapes; this keeps the stored value honest.
 */
export const validatePlainText =
  (maxLength: number) =>
  (value: null | string | undefined, options?: { req?: Pick<PayloadRequest, 'i18n'> }): string | true => {
    if (!value) return true
    if (MARKUP.test(value)) {
      return pick(options?.req, { id: 'Hanya teks biasa, tanpa tag HTML.', en: 'Plain text only, no HTML tags.' })
    }
    return (
      value.length <= maxLength ||
      pick(options?.req, { id: `Paling banyak ${maxLength} karakter.`, en: `At most ${maxLength} characters.` })
    )
  }
