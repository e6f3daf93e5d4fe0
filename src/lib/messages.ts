import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { toLang, type Lang, type Text } from './i18n'

export type { Text }

/** The language of the request: the admin's or the API caller's choice, Indonesian otherwise. */
export const langOf = (req: Pick<PayloadRequest, 'i18n'> | undefined): Lang => toLang(req?.i18n?.language)

/** A message in the request's language. */
export const pick = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: Text): string => text[langOf(req)]

/** A 4xx whose message reaches the user as written. */
export const userError = (req: PayloadRequest | undefined, status: number, text: Text) =>
  new APIError(pick(req, text), status, undefined, true)

export const forbidden = (req: PayloadRequest | undefined, text: Text) => userError(req, 403, text)
