import type { Plugin } from 'payload'

import { searchEndpoint, suggestEndpoint } from './endpoints'

/**
 * Site search's endpoints on the `content` collection (`/api/content/search`, `/api/content/suggest`).
 * The column they read is declared by ./column.ts and kept by the database (see the search migration).
 */
export const contentSearch = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === 'content'
      ? { ...collection, endpoints: [...(collection.endpoints || []), searchEndpoint, suggestEndpoint] }
      : collection,
  ),
})
