import type { SanitizedConfig } from 'payload'
import { getRequestLanguage, parseCookies } from 'payload'

import type { Refusal } from './refusal'
import { checkBody } from './body'
import { refuseDepth, refusePaging } from './query'
import { hasNumericIds, refuseRoute } from './route'
import { refuseWhere } from './where'

type Context = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: Context) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>

const answer = (config: SanitizedConfig, request: Request, { status, text }: Refusal) => {
  const language = getRequestLanguage({ config, cookies: parseCookies(request.headers), headers: request.headers })
  return Response.json({ errors: [{ message: language === 'en' ? text.en : text.id }] }, { status })
}

/** The admin's relationship picker reads with a POST whose form body carries the query. */
const isReadOverride = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

const queryOf = async (request: Request) => {
  const params = new URL(request.url).searchParams
  if (isReadOverride(request) && (request.headers.get('content-type') ?? '').includes('x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(await request.clone().text())) params.append(key, value)
  }
  return params
}

const refuseQuery = async (config: SanitizedConfig, request: Request, segments: string[]) => {
  const method = isReadOverride(request) ? 'GET' : request.method
  const params = await queryOf(request)
  const collection = config.collections.find((each) => each.slug === segments[0])
  return (
    refuseRoute(config, method, segments) ??
    refuseDepth(params) ??
    // Bulk updates and deletes (the admin's "delete selected") send `limit=0` with their `where`.
    (method === 'GET' ? refusePaging(params) : undefined) ??
    (collection ? refuseWhere(collection, params, hasNumericIds(collection)) : undefined)
  )
}

/**
 * Every HTTP call to the REST API passes here before Payload: input Payload would pass on to the
 * database unchecked is answered 400/404/413 with a message instead of failing as a 500. The
 * Local API never comes this way, so server code keeps reading what it needs.
 */
export const guardREST =
  (configPromise: Promise<SanitizedConfig>, handler: RestHandler): RestHandler =>
  async (request, context) => {
    const config = await configPromise
    const { slug } = await context.params
    // The body first: the picker's query is read from it, so only once it is known to be small.
    const body = await checkBody(request)
    if ('refusal' in body) return answer(config, request, body.refusal)
    const refusal = await refuseQuery(config, body.request, slug)
    if (refusal) return answer(config, request, refusal)
    return handler(body.request, context)
  }

/** The GraphQL endpoint gets the same body checks; its queries have their own cost rules. */
export const guardGraphQL =
  (configPromise: Promise<SanitizedConfig>, handler: GraphQLHandler): GraphQLHandler =>
  async (request) => {
    const config = await configPromise
    const body = await checkBody(request)
    if ('refusal' in body) return answer(config, request, body.refusal)
    return handler(body.request)
  }
