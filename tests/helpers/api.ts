import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import config from '@payload-config'

import * as graphqlRoute from '../../src/app/(payload)/api/graphql/route'
import * as restRoute from '../../src/app/(payload)/api/[...slug]/route'
import { CLIENT_IP_HEADER } from '../../src/lib/client-ip'

export type Response<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type CallOptions = { token?: string; ip?: string; headers?: Record<string, string> }

const headersFor = ({ token, ip = '127.0.0.1', headers }: CallOptions) =>
  new Headers({
    'content-type': 'application/json',
    [CLIENT_IP_HEADER]: ip,
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...headers,
  })

const read = async <T>(response: globalThis.Response): Promise<Response<T>> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: body as T, headers: response.headers }
}

/** Calls our real REST route handlers in-process, with real auth headers. */
export const rest = async <T = Record<string, unknown>>(
  method: Method,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<Response<T>> => {
  const headers = headersFor(options)
  // A multipart body sets its own content type, with the boundary.
  if (body instanceof FormData) headers.delete('content-type')
  const request = new Request(new URL(`/api${path}`, 'http://localhost:3000'), {
    method,
    headers,
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })
  return send<T>(request)
}

/** Hands a request built by the caller (any body, any headers) to our real REST route handlers. */
export const send = async <T = Record<string, unknown>>(request: Request): Promise<Response<T>> => {
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  const handler = restRoute[request.method as Method] as (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<globalThis.Response>
  return read<T>(await handler(request, { params: Promise.resolve({ slug }) }))
}

export type UploadFile = { data: Buffer; name: string; mimetype: string }

/** A multipart body as the admin sends it: the document as JSON in `_payload`, the file in `file`. */
export const multipart = (data: Record<string, unknown>, file?: UploadFile) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  return form
}

export type GraphQLResult = { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> }

/** Calls our real GraphQL route handler in-process. */
export const graphql = async (query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}) => {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: headersFor(options),
    body: JSON.stringify({ query, variables }),
  })
  const handler = graphqlRoute.POST as (req: Request) => Promise<globalThis.Response>
  return read<GraphQLResult>(await handler(request))
}

export const testPayload = (): Promise<Payload> => getPayload({ config })

export const seeded = () => inject('seeded')

/** A seeded user of the role, with a REST and a GraphQL client and a Local API user. */
export const as = async (payload: Payload, role: string) => {
  const seed = seeded().users[role]
  const user = await payload.findByID({ collection: 'users', id: seed.id, depth: 1, overrideAccess: true })
  return {
    ...seed,
    user: { ...user, collection: 'users' as const },
    rest: <T = Record<string, unknown>>(method: Method, path: string, body?: unknown, options: CallOptions = {}) =>
      rest<T>(method, path, body, { token: seed.token, ...options }),
    graphql: (query: string, variables?: Record<string, unknown>) => graphql(query, variables, { token: seed.token }),
  }
}

/** The id of a role by name (roles are synced at boot, so every built-in one exists). */
export const roleId = async (payload: Payload, name: string) =>
  (await payload.find({ collection: 'roles', where: { name: { equals: name } }, overrideAccess: true, limit: 1, depth: 0 })).docs[0].id

let counter = 0
/** A unique suffix for emails, codes and names made by a test. */
export const unique = (prefix = 'x') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`
