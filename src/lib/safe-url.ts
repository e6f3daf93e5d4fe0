/**
 * Links people may put in content: web, mail and phone links and site paths. Anything with
 * another scheme (javascript:, data:, vbscript:, …) could run script when clicked, so it is out.
 * Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do we.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

export const isSafeHref = (value: string): boolean => {
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase())
}

export const UNSAFE_HREF_MESSAGE =
  'Tautan harus berupa alamat web (https://…), email (mailto:…), telepon (tel:…) atau halaman situs (/…). / Links must be web, mail, phone or site links.'

export const validateHref = (value: null | string | undefined) => !value || isSafeHref(value) || UNSAFE_HREF_MESSAGE
