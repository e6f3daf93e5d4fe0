import type { SanitizedCollectionConfig } from 'payload'

import type { Refusal } from './refusal'
import { badRequest } from './refusal'

const ID_LIST = /^\d+(,\d+)*$/
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const GROUPING = new Set(['and', 'or'])

/** `where[and][0][title][near]` → the field path `title` and the operator `near`. */
const parseWhereKey = (key: string) => {
  const parts = [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((part) => part[1])
  const operatorAt = parts.findLastIndex((part) => !/^\d*$/.test(part))
  const path = parts.slice(0, operatorAt).filter((part) => !GROUPING.has(part) && !/^\d*$/.test(part))
  return { path: path.join('.'), operator: parts[operatorAt] }
}

const isPointField = (collection: SanitizedCollectionConfig, path: string) =>
  collection.flattenedFields.some((field) => field.name === path && field.type === 'point')

/**
 * A `where` clause the database cannot run: a numeric id compared with text, or a distance
 * operator on a field that is not a point. Both reach PostgreSQL or the adapter as errors.
 */
export const refuseWhere = (collection: SanitizedCollectionConfig, params: URLSearchParams, numericIds: boolean): Refusal | undefined => {
  for (const [key, value] of params) {
    if (!key.startsWith('where[')) continue
    const { path, operator } = parseWhereKey(key)
    if (numericIds && path === 'id' && ID_OPERATORS.has(operator) && !ID_LIST.test(value)) {
      return badRequest({ id: 'Id dalam where harus berupa angka.', en: 'Ids in where must be numbers.' })
    }
    if (GEO_OPERATORS.has(operator) && !isPointField(collection, path)) {
      return badRequest({
        id: `Operator ${operator} hanya untuk bidang titik (point); ${path} bukan.`,
        en: `The ${operator} operator applies only to point fields; ${path} is not one.`,
      })
    }
  }
  return undefined
}
