import type { Lang } from '../i18n'

type Answer = { ok: boolean; status: number; message: string | null; data: Record<string, unknown> }

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/**
 * A POST to Payload's users API from the browser, with the auth cookie and the page's language
 * (Payload and our hooks answer in it). The message is the most precise one Payload gave: a
 * field's validation message when there is one. Throws only when the server cannot be reached.
 */
export const postUsers = async (path: string, body: unknown, lang: Lang): Promise<Answer> => {
  const response = await fetch(`/api/users${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(body),
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown> & ErrorBody
  const error = data.errors?.[0]
  return { ok: response.ok, status: response.status, message: error?.data?.errors?.[0]?.message ?? error?.message ?? null, data }
}
