import type { Config, Endpoint } from 'payload'

/**
 * Appends endpoints to a collection already in the config (a plugin's own, or core's). Payload
 * matches a collection's custom endpoints in order: declare literal paths (`/report`) before
 * parameter ones (`/:id`) when both could match.
 */
export const addEndpoints = (config: Config, slug: string, endpoints: Endpoint[]): Config => {
  if (!config.collections?.some((collection) => collection.slug === slug)) {
    throw new Error(`addEndpoints: no collection "${slug}" in the config yet; add it before its endpoints`)
  }
  return {
    ...config,
    collections: config.collections.map((collection) =>
      collection.slug === slug ? { ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] } : collection,
    ),
  }
}
