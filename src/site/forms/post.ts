import { texts, type Lang } from '../i18n'

export type Outcome = { ok: boolean; status: number; message: string }

/**
 * POSTs JSON to the API in the page's language (Payload picks its messages from Accept-Language)
 * and returns the server's own message: `message`, or the first of `errors`.
 */
export const postJson = async (path: string, body: unknown, lang: Lang): Promise<Outcome> => {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
    const data = (await response.json().catch(() => ({}))) as { message?: unknown; errors?: Array<{ message?: unknown }> }
    const message = data.errors?.[0]?.message ?? data.message
    return { ok: response.ok, status: response.status, message: typeof message === 'string' ? message : '' }
  } catch {
    return { ok: false, status: 0, message: texts(lang).networkError }
  }
}
