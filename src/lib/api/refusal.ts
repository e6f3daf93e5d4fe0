import type { Text } from '../messages'

/** Why a request is answered before Payload sees it: the status and what the caller is told. */
export type Refusal = { status: number; text: Text }

export const badRequest = (text: Text): Refusal => ({ status: 400, text })
