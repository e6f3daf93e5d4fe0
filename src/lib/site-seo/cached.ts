import { unstable_cache } from 'next/cache'

const outsideNext = (error: unknown) => error instanceof Error && error.message.includes('incrementalCache missing')

/**
 * Next's data cache around a query, tagged with the tags the editorial hooks revalidate
 * (src/lib/revalidate.ts), so a publish or unpublish shows without a rebuild. Outside a Next
 * server (tests, scripts) there is no cache to keep, and the query simply runs.
 */
export const cachedQuery = <Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
  key: string[],
  tagList: string[],
): ((...args: Args) => Promise<Result>) => {
  const cached = unstable_cache(query, key, { tags: tagList })
  return async (...args) => {
    try {
      return await cached(...args)
    } catch (error) {
      if (!outsideNext(error)) throw error
      return query(...args)
    }
  }
}
