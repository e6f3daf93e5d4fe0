import { inject } from 'vitest'

const { url, seeded } = inject('site')

export type Doc = { id: number; slug: string } & Record<string, unknown>

/**
 * The running server's REST API as one of the seeded users (JWT), with a JSON or multipart body:
 * the answer's status and parsed body, whatever the status.
 */
export const api = async <T = Doc>(role: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
  const multipart = body instanceof FormData
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { authorization: `JWT ${seeded.users[role].token}`, ...(multipart || body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: multipart ? body : body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** As `api`, for a call the test needs to succeed: the body, or an error naming the answer. */
export const apiOk = async <T = { doc: Doc }>(role: string, method: string, path: string, body?: unknown): Promise<T> => {
  const result = await api<T>(role, method, path, body)
  if (result.status >= 300) throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body)}`)
  return result.body
}
