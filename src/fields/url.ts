import type { PayloadRequest } from 'payload'

import { pick } from '@/lib/messages'

/**
 * Link targets editors may type: absolute http(s) URLs, or a path on this site ("/berita").
 * Everything else (`javascript:`, `data:`, protocol-relative `//host`) is refused, so a stored link
 * can be put in an href without further checks.
 */
const WEB_PROTOCOLS = new Set(['http:', 'https:'])

export const isWebUrl = (value: string) => {
  if (/\s/.test(value)) return false
  try {
    return WEB_PROTOCOLS.has(new URL(value).protocol)
  } catch {
    return false
  }
}

export const isSitePath = (value: string) => /^\/(?!\/)[^\s\\]*$/.test(value)

type Options = { req?: Pick<PayloadRequest, 'i18n'> }

/** Field validator: an absolute http(s) URL. */
export const validateWebUrl = (value: null | string | undefined, options?: Options) =>
  !value ||
  isWebUrl(value) ||
  pick(options?.req, { id: 'Alamat harus diawali http:// atau https://.', en: 'The address must start with http:// or https://.' })

/** Field validator: an absolute http(s) URL or a path on this site. */
export const validateLinkUrl = (value: null | string | undefined, options?: Options) =>
  !value ||
  isWebUrl(value) ||
  isSitePath(value) ||
  pick(options?.req, {
    id: 'Tautan harus berupa alamat http(s):// atau jalur situs yang diawali "/".',
    en: 'A link must be an http(s):// address or a site path starting with "/".',
  })
