import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateImage, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { Config, Field, Plugin, TextareaField, TextField } from 'payload'

import { guardedEndpoint, isStaff } from '@/access'
import { validatePlainText } from '@/fields/plain-text'

import { publicPath } from './routes'

export const META_TITLE_MAX = 70
export const META_DESCRIPTION_MAX = 160

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The visible text of a Lexical document, paragraphs separated by spaces. */
export const lexicalText = (node: LexicalNode | null | undefined): string => {
  if (!node) return ''
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(lexicalText).filter(Boolean).join(' ')
}

/** Trims to `max` characters at a word boundary, with an ellipsis when cut. */
export const summarise = (text: string, max = META_DESCRIPTION_MAX) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

type SeoDoc = {
  title?: string
  slug?: string
  type?: string
  excerpt?: string
  body?: { root?: LexicalNode }
  coverImage?: number | string | { id: number | string } | null
}

const generateTitle: GenerateTitle<SeoDoc> = async ({ doc, req }) => {
  const site = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req, overrideAccess: true })
  return summarise([doc?.title, site.name].filter(Boolean).join(' — '), META_TITLE_MAX)
}

const generateDescription: GenerateDescription<SeoDoc> = ({ doc }) =>
  summarise(doc?.excerpt || lexicalText(doc?.body?.root))

const generateURL: GenerateURL<SeoDoc> = ({ doc, collectionConfig, req }) => {
  const path = collectionConfig ? publicPath(collectionConfig.slug, doc ?? {}) : null
  return path ? new URL(path, req.payload.config.serverURL || 'http://localhost:3000').toString() : ''
}

const generateImage: GenerateImage<SeoDoc> = ({ doc }) => {
  const cover = doc?.coverImage
  return cover && typeof cover === 'object' ? cover.id : (cover ?? '')
}

/** Meta title and description are plain text within search engines' lengths. */
const plainMeta = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'title' && field.type === 'text') {
      return { ...field, maxLength: META_TITLE_MAX, validate: validatePlainText(META_TITLE_MAX) } as TextField
    }
    if (field.name === 'description' && field.type === 'textarea') {
      return { ...field, maxLength: META_DESCRIPTION_MAX, validate: validatePlainText(META_DESCRIPTION_MAX) } as TextareaField
    }
    return field
  })

/** The plugin's generate-* endpoints serve the admin's "generate" buttons: staff only. */
const guardSeoEndpoints = (config: Config): Config => ({
  ...config,
  endpoints: config.endpoints?.map((endpoint) =>
    endpoint.path.startsWith('/plugin-seo/') ? guardedEndpoint({ ...endpoint, access: (req) => isStaff(req.user) }) : endpoint,
  ),
})

/**
 * `@payloadcms/plugin-seo` on pages and content (a slug without a collection is skipped, so it
 * works before `content` exists): generated title, description, URL and image.
 */
export const seo = (): Plugin => async (config) =>
  guardSeoEndpoints(
    await seoPlugin({
      collections: ['pages', 'content'],
      uploadsCollection: 'media',
      generateTitle,
      generateDescription,
      generateURL,
      generateImage,
      fields: ({ defaultFields }) => plainMeta(defaultFields),
    })(config),
  )
