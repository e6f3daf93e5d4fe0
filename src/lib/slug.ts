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
