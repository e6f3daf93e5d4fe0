import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

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
 * A generated slug that is taken gets a number ("rapat-warga-2"), so two items may share a title;
 * one typed by hand is kept as typed and refused if taken. The unique index has the last word.
 * Use it on every collection with a slug instead of writing another one.
 */
export const slugFrom =
  (field: string): CollectionBeforeValidateHook =>
  async ({ data, req, collection, originalDoc }) => {
    if (!data || data.slug || typeof data[field] !== 'string') return data
    const base = slugify(data[field] as string) || 'tanpa-judul'
    // One query for the base and its numbered forms, not one per number tried.
    const { docs } = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where: {
        and: [
          { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      select: { slug: true },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    return { ...data, slug }
  }
