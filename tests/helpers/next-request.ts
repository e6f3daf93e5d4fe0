import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store.js'
import { NextURL } from 'next/dist/server/web/next-url.js'
import { appendMutableCookies } from 'next/dist/server/web/spec-extension/adapters/request-cookies.js'

/** The draft-mode cookie's value in these tests (Next makes one per build). */
export const PREVIEW_MODE_ID = 'test-preview-mode-id'

/**
 * Runs a route handler the way Next's app-route module does, as far as our handlers need it: a
 * request store (cookies, headers, draftMode) and a work store around the call, and the cookies
 * the handler set (draftMode().enable()) merged into the response. No incremental cache: data
 * reads go straight to the database.
 */
export const inNextRequest = async (handler: (request: Request) => Promise<Response>, request: Request): Promise<Response> => {
  const url = new NextURL(request.url)
  const requestStore = createRequestStoreForAPI(
    { headers: request.headers } as never,
    url,
    { tags: [], expirationsByCacheKind: new Map() } as never,
    undefined,
    { previewModeId: PREVIEW_MODE_ID, previewModeEncryptionKey: 'x', previewModeSigningKey: 'x' },
    undefined,
  )
  const workStore = { page: url.pathname, route: url.pathname, isDraftMode: false, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false } as never
  const response = await workUnitAsyncStorage.run(requestStore, () => workAsyncStorage.run(workStore, () => handler(request)))
  const headers = new Headers(response.headers)
  return appendMutableCookies(headers, requestStore.mutableCookies) ? new Response(response.body, { status: response.status, headers }) : response
}
