import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

/** A message in Indonesian first, English for users who chose it. */
export type Text = { id: string; en: string }

export const pick = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: Text): string =>
  req?.i18n?.language === 'en' ? text.en : text.id

/** A 4xx whose message reaches the user as written. */
export const userError = (req: PayloadRequest | undefined, status: number, text: Text) =>
  new APIError(pick(req, text), status, undefined, true)

export const forbidden = (req: PayloadRequest | undefined, text: Text) => userError(req, 403, text)
