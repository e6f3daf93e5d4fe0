/** What a browser would start a tag, comment or declaration with ("a < b" is fine). */
const MARKUP = /<[a-z!/?]/i

const markupMessage = 'Hanya teks biasa, tanpa tag HTML (Plain text only, no HTML tags).'

/**
 * Validator for fields that end up in places where HTML would be dangerous (meta tags, titles):
 * plain text within `maxLength`. Rendering still escapes; this keeps the stored value honest.
 */
export const validatePlainText =
  (maxLength: number) =>
  (value: null | string | undefined): string | true => {
    if (!value) return true
    if (MARKUP.test(value)) return markupMessage
    return value.length <= maxLength || `Paling banyak ${maxLength} karakter (At most ${maxLength} characters).`
  }
