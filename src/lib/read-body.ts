import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

/** The request's JSON (or form) fields; a string field or undefined. */
export const readBody = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  const data = (req.data ?? {}) as Record<string, unknown>
  return (name: string): string | undefined => {
    const value = data[name]
    return typeof value === 'string' ? value.trim() : undefined
  }
}
