import crypto from 'node:crypto'

import { payloadSecret } from '@/lib/secret'

/** What a member card's QR code vouches for: the member, their number, and until when. */
export type CardClaim = { memberId: number; memberNumber: string; validUntil: string }

// An Ed25519 private key in PKCS#8 DER is this fixed prefix followed by the 32-byte seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

type Keys = { privateKey: crypto.KeyObject; publicKey: crypto.KeyObject }
let cached: { secret: string; keys: Keys } | null = null

/**
 * The card-signing key pair, derived from PAYLOAD_SECRET (HKDF-SHA256 → 32-byte seed), so it
 * needs no configuration of its own and stays the same across restarts and app instances.
 * Changing the secret changes the key: cards then have to be downloaded again.
 */
const keys = (): Keys => {
  const secret = payloadSecret()
  if (cached?.secret === secret) return cached.keys
  const seed = Buffer.from(crypto.hkdfSync('sha256', secret, 'balai-membership', 'member-card-ed25519-v1', 32))
  const privateKey = crypto.createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' })
  cached = { secret, keys: { privateKey, publicKey: crypto.createPublicKey(privateKey) } }
  return cached.keys
}

/** The public key (SPKI PEM), published at /api/members/card-key for checking cards offline. */
export const cardPublicKeyPem = () => keys().publicKey.export({ type: 'spki', format: 'pem' }).toString()

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * `<payload>.<signature>`, both base64url: the payload is the compact JSON `{"m":id,"n":number,
 * "v":"YYYY-MM-DD"}`, the signature Ed25519 over the payload's base64url text. URL-safe, so it
 * sits in the QR code as the path of the verification page.
 */
export const signCard = (claim: CardClaim): string => {
  const payload = Buffer.from(JSON.stringify({ m: claim.memberId, n: claim.memberNumber, v: claim.validUntil })).toString('base64url')
  const signature = crypto.sign(null, Buffer.from(payload), keys().privateKey).toString('base64url')
  return `${payload}.${signature}`
}

/** The claim, when the token is well formed and its signature is ours; null otherwise. */
export const verifyCard = (token: string): CardClaim | null => {
  const parts = token.split('.')
  if (parts.length !== 2 || !parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part))) return null
  const [payload, signature] = parts
  const signatureBytes = Buffer.from(signature, 'base64url')
  if (signatureBytes.length !== 64 || !crypto.verify(null, Buffer.from(payload), keys().publicKey, signatureBytes)) return null
  try {
    const { m, n, v } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { m?: unknown; n?: unknown; v?: unknown }
    if (!Number.isSafeInteger(m) || typeof n !== 'string' || typeof v !== 'string' || !DATE.test(v)) return null
    return { memberId: m as number, memberNumber: n, validUntil: v }
  } catch {
    return null
  }
}
