import type { Lang } from '@/site/i18n'

type Answer = { message?: string; errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/**
 * A POST to the dues API from the member page, with the auth cookie and the page's language
 * (Payload and our hooks answer in it). The message is the most precise error given, or the
 * endpoint's own confirmation. Throws only when the server cannot be reached.
 */
export const postApi = async (path: string, body: FormData | Record<string, unknown>, lang: Lang) => {
  const form = body instanceof FormData
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'accept-language': lang, ...(form ? {} : { 'content-type': 'application/json' }) },
    body: form ? body : JSON.stringify(body),
  })
  const data = (await response.json().catch(() => ({}))) as Answer
  const error = data.errors?.[0]
  return { ok: response.ok, message: error?.data?.errors?.[0]?.message ?? error?.message ?? data.message ?? null }
}
