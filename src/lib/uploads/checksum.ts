import crypto from 'node:crypto'

/** Hex SHA-256 of the bytes as stored. */
export const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex')
