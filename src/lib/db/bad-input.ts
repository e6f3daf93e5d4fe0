import type { AfterErrorHook } from 'payload'

import type { Text } from '../messages'
import { pick } from '../messages'
import { someCause } from './causes'

/**
 * PostgreSQL's codes for a value the query could not use as given (text for a number, a number out
 * of range, a negative offset, a bad date, an operator or function for the wrong type).
 */
const BAD_VALUE_CODES = new Set(['22P02', '22003', '22007', '22008', '22023', '2201W', '2201X', '42883'])

/** busboy's words for a multipart body cut short or without its boundary. */
const BROKEN_MULTIPART = /^(Unexpected end of (form|file)|Malformed part header|Multipart: Boundary not found)$/

const refusals: Array<{ test: (cause: Error) => boolean; text: Text }> = [
  {
    test: (cause) => BAD_VALUE_CODES.has(String((cause as Error & { code?: unknown }).code)),
    text: {
      id: 'Permintaan tidak valid: ada nilai yang tidak dapat dipakai (mis. id yang bukan angka).',
      en: 'Invalid request: a value could not be used (e.g. an id that is not a number).',
    },
  },
  {
    test: (cause) => BROKEN_MULTIPART.test(cause.message),
    text: { id: 'Isi multipart rusak atau terpotong.', en: 'The multipart body is malformed or cut short.' },
  },
]

/** The caller's input was wrong, not the server: what the database or the parser refused answers 400. */
export const answerBadInput: AfterErrorHook = ({ error, req }) => {
  const refusal = refusals.find(({ test }) => someCause(error, test))
  if (!refusal) return
  return { status: 400, response: { errors: [{ message: pick(req, refusal.text) }] } }
}
