import os from 'node:os'

import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store.js'
import { IncrementalCache } from 'next/dist/server/lib/incremental-cache/index.js'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js'
import { defaultConfig } from 'next/dist/server/config-shared.js'
import { executeRevalidates } from 'next/dist/server/revalidation-utils.js'
import { NextURL } from 'next/dist/server/web/next-url.js'
import { appendMutableCookies } from 'next/dist/server/web/spec-extension/adapters/request-cookies.js'

/** The draft-mode cookie's value in these tests (Next makes one per build). */
export const PREVIEW_MODE_ID = 'test-preview-mode-id'
const previewProps = { previewModeId: PREVIEW_MODE_ID, previewModeEncryptionKey: 'x', previewModeSigningKey: 'x' }

/**
 * Next's data cache as a production server has it (in memory, nothing written to disk), for
 * tests that prove `unstable_cache` and `revalidateTag` work together.
 */
export const dataCache = () =>
  new IncrementalCache({
    fs: nodeFs,
    dev: false,
    flushToDisk: false,
    minimalMode: false,
    serverDistDir: os.tmpdir(),
    requestHeaders: {},
    maxMemoryCacheSize: 50 * 1024 * 1024,
    previewProps,
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: previewProps } as never,
    fetchCacheKeyPrefix: '',
  } as never)

type Options = { incrementalCache?: IncrementalCache }

/**
 * Runs code the way Next's app-route module runs a route handler, as far as ours need it: a
 * request store (cookies, headers, draftMode) and a work store around the call; afterwards the
 * cache revalidations it asked for are carried out (Next's `waitUntil`). Without a data cache,
 * reads go straight to the database.
 */
export const inNext = async <T>(request: Request, run: () => Promise<T>, { incrementalCache }: Options = {}) => {
  const url = new NextURL(request.url)
  const requestStore = createRequestStoreForAPI(
    { headers: request.headers } as never,
    url,
    { tags: [], expirationsByCacheKind: new Map() } as never,
    undefined,
    previewProps,
    undefined,
  )
  const workStore = {
    page: url.pathname,
    route: url.pathname,
    incrementalCache,
    cacheLifeProfiles: defaultConfig.cacheLife,
    isDraftMode: false,
    forceStatic: false,
    dynamicShouldError: false,
  } as never
  const result = await workUnitAsyncStorage.run(requestStore, () => workAsyncStorage.run(workStore, run))
  await executeRevalidates(workStore)
  return { result, requestStore }
}

/** A route handler called as Next calls it, with the cookies it set (draftMode().enable()) in the response. */
export const inNextRequest = async (handler: (request: Request) => Promise<Response>, request: Request, options: Options = {}): Promise<Response> => {
  const { result: response, requestStore } = await inNext(request, () => handler(request), options)
  const headers = new Headers(response.headers)
  return appendMutableCookies(headers, requestStore.mutableCookies) ? new Response(response.body, { status: response.status, headers }) : response
}
