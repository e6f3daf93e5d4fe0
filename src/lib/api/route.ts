import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import type { Refusal } from './refusal'
import { badRequest } from './refusal'

/** PostgreSQL `serial` ids: whole numbers that fit in an `integer`. */
const MAX_SERIAL = 2_147_483_647
const isSerial = (value: string) => /^\d{1,10}$/.test(value) && Number(value) <= MAX_SERIAL

/** The route parameters when `pathname` matches the endpoint path (`/:id`, `/versions/:id`, `/access/:id?`). */
const matchPath = (pattern: string, pathname: string): Record<string, string> | undefined => {
  const want = pattern.split('/').filter(Boolean)
  const have = pathname.split('/').filter(Boolean)
  if (have.length > want.length || have.length < want.filter((part) => !part.endsWith('?')).length) return undefined
  const params: Record<string, string> = {}
  for (const [index, part] of want.entries()) {
    const segment = have[index]
    if (part.startsWith(':')) {
      if (segment !== undefined) params[part.slice(1).replace(/\?$/, '')] = segment
    } else if (part !== segment) return undefined
  }
  return params
}

/** The endpoint Payload will run, found the way Payload finds it: the first of that method and path. */
const endpointFor = (endpoints: Endpoint[] | false, method: string, pathname: string) => {
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method) continue
    const params = matchPath(endpoint.path, pathname)
    if (params) return { endpoint, params }
  }
  return undefined
}

/** Serial ids unless the collection declares its own text `id` field. */
export const hasNumericIds = (collection: SanitizedCollectionConfig) =>
  collection.flattenedFields.find((field) => field.name === 'id')?.type !== 'text'

type Entity = { endpoints: Endpoint[] | false; versions: unknown; numericIds: boolean }

const entityOf = (config: SanitizedConfig, segments: string[]): { entity: Entity; rest: string[] } | undefined => {
  if (segments[0] === 'globals') {
    const global = config.globals.find((each) => each.slug === segments[1])
    return global && { entity: { endpoints: global.endpoints, versions: global.versions, numericIds: true }, rest: segments.slice(2) }
  }
  const collection = config.collections.find((each) => each.slug === segments[0])
  return (
    collection && {
      entity: { endpoints: collection.endpoints, versions: collection.versions, numericIds: hasNumericIds(collection) },
      rest: segments.slice(1),
    }
  )
}

const NOT_FOUND: Refusal = { status: 404, text: { id: 'Rute tidak ditemukan.', en: 'Route not found.' } }

/**
 * Path segments Payload would hand to the database as they are: a version route on something
 * without versions, or an id that is not a serial number. Both end as 500s inside Payload.
 */
export const refuseRoute = (config: SanitizedConfig, method: string, segments: string[]): Refusal | undefined => {
  const found = entityOf(config, segments)
  if (!found) return undefined
  const match = endpointFor(found.entity.endpoints, method.toLowerCase(), `/${found.rest.join('/')}`)
  if (!match) return undefined
  if (match.endpoint.path.startsWith('/versions') && !found.entity.versions) return NOT_FOUND
  const id = match.params.id
  if (found.entity.numericIds && id !== undefined && !isSerial(id)) {
    return badRequest({ id: `Id tidak valid: "${id}" bukan angka.`, en: `Invalid id: "${id}" is not a number.` })
  }
  return undefined
}
