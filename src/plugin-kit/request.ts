import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

/** A custom endpoint's JSON or form body (Payload parses it only when asked). */
export const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Record<string, unknown>
}

/** A numeric route parameter (`/:id`, `/:member`); NaN when absent, which finds nothing. */
export const idParam = (req: PayloadRequest, name = 'id'): number => Number(req.routeParams?.[name])
