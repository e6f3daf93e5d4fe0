import type { Refusal } from './refusal'
import { badRequest } from './refusal'
import { maxDepth, maxLimit } from './limits'

const WHOLE = /^\d+$/

const wholeAtMost = (value: string, max: number) => WHOLE.test(value) && Number(value) <= max

/** `depth` on any request: a whole number up to the cap (population beyond it is a denial of service). */
export const refuseDepth = (params: URLSearchParams): Refusal | undefined => {
  const depth = params.get('depth')
  if (depth === null || wholeAtMost(depth, maxDepth())) return undefined
  return badRequest({
    id: `Parameter depth harus bilangan bulat 0 sampai ${maxDepth()}.`,
    en: `The depth parameter must be a whole number from 0 to ${maxDepth()}.`,
  })
}

/**
 * Paging on a read: `page` from 1, `limit` from 1 up to the cap. "Everything" (`limit=0`,
 * `pagination=false`) is refused: a client pages through big lists instead.
 */
export const refusePaging = (params: URLSearchParams): Refusal | undefined => {
  const page = params.get('page')
  if (page !== null && !(WHOLE.test(page) && Number(page) >= 1)) {
    return badRequest({ id: 'Parameter page harus bilangan bulat mulai 1.', en: 'The page parameter must be a whole number from 1.' })
  }
  const limit = params.get('limit')
  if (limit !== null && !(wholeAtMost(limit, maxLimit()) && Number(limit) >= 1)) {
    return badRequest({
      id: `Parameter limit harus bilangan bulat 1 sampai ${maxLimit()}.`,
      en: `The limit parameter must be a whole number from 1 to ${maxLimit()}.`,
    })
  }
  if (params.get('pagination') === 'false') {
    return badRequest({
      id: 'pagination=false tidak diizinkan; ambil per halaman.',
      en: 'pagination=false is not allowed; read page by page.',
    })
  }
  return undefined
}
