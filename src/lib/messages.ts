import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { langOf, type Text } from './i18n'

export type { Text }

/** A message in the request's language. */
export const pick = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: Text): string => text[langOf(req)]

/** A 4xx whose message reaches the user as written. */
export const userError = (req: PayloadRequest | undefined, status: number, text: Text) =>
  new APIError(pick(req, text), status, undefined, true)

export const forbidden = (req: PayloadRequest | undefined, text: Text) => userError(req, 403, text)
