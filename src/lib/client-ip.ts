/**
 * Set by our HTTP server from the socket address (any incoming copy is dropped), so route
 * handlers, which never see the socket, know who is calling.
 */
export const CLIENT_IP_HEADER = 'x-balai-client-ip'

/**
 * The caller's IP. `X-Forwarded-For` is believed only when TRUST_PROXY says how many proxies of
 * ours stand in front (each appends one address; the client's is that many from the end).
 */
export const clientIp = (headers: Headers | undefined): string => {
  const hops = Number.parseInt(process.env.TRUST_PROXY ?? '0', 10) || 0
  if (hops > 0) {
    const chain = (headers?.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    if (chain.length > 0) return chain[Math.max(0, chain.length - hops)]
  }
  return headers?.get(CLIENT_IP_HEADER) ?? 'unknown'
}
