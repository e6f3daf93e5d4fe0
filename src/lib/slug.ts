/** URL slugs: lowercase ASCII letters, digits and hyphens ("Berita Desa 2026" → "berita-desa-2026"). */
export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const validateSlug = (value: null | string | undefined) =>
  !value || SLUG_PATTERN.test(value) || 'Slug hanya boleh berisi huruf kecil, angka, dan tanda hubung.'

/**
 * A beforeValidate hook: the slug follows `field` (title, name) until someone sets it by hand.
 * Use it on every collection with a slug instead of writing another one.
 */
export const slugFrom =
  (field: string) =>
  ({ data }: { data?: Record<string, unknown> }) =>
    data && !data.slug && typeof data[field] === 'string' ? { ...data, slug: slugify(data[field] as string) } : data
