import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * A small shared cache in front of Next, as a CDN in front of a site would be: visitors' GETs of
 * answers Next itself marks cacheable by shared caches (`s-maxage`: the ISR pages) are kept in
 * memory and sent again without going through Next. Kept at most MAX_AGE_S, and all dropped
 * whenever this process revalidates a cache tag (see `expireFrontCache`), so a publish shows at
 * once. Signed-in requests, previews and answers that set cookies are never kept.
 */
const MAX_AGE_S = 30
const MAX_ENTRIES = 500
const MAX_BODY_BYTES = 2 * 1024 * 1024
/** The request headers an answer may vary on and still be kept (Next's own Vary list, compression). */
const KEYED_HEADERS = ['accept-encoding', 'rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'] as const
const PRIVATE_COOKIES = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number; maxAgeMs: number }

type Store = { entries: Map<string, Entry>; generation: number }

// On globalThis: Next's bundles and the custom server load this module separately, in one process.
const STORE = Symbol.for('balai.frontCache')
const store = (): Store => {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store }
  holder[STORE] ??= { entries: new Map(), generation: 0 }
  return holder[STORE]
}

/**
 * Forget every kept answer: called with every tag revalidation in this process. Answers being
 * made meanwhile are not kept either (they may show the old data).
 */
export const expireFrontCache = () => {
  const current = store()
  current.entries.clear()
  current.generation += 1
}

const keyOf = (req: IncomingMessage) =>
  [req.url ?? '', ...KEYED_HEADERS.map((name) => `${req.headers[name] ?? ''}`)].join('\n')

const isVisitorGet = (req: IncomingMessage) =>
  req.method === 'GET' && !req.headers.authorization && !PRIVATE_COOKIES.test(req.headers.cookie ?? '')

const sharedMaxAgeMs = (cacheControl: unknown) => {
  const match = /(?:^|,)\s*s-maxage=(\d+)/.exec(String(cacheControl ?? ''))
  return match ? Math.min(Number(match[1]), MAX_AGE_S) * 1000 : 0
}

const variesOnlyOnKeyedHeaders = (vary: unknown) =>
  String(vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .every((name) => name === '' || (KEYED_HEADERS as readonly string[]).includes(name))

/** Sends a kept answer; false when there is none (the request then goes to Next). */
export const serveFromFrontCache = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (!isVisitorGet(req)) return false
  const key = keyOf(req)
  const { entries } = store()
  const entry = entries.get(key)
  if (!entry) return false
  const age = Date.now() - entry.storedAt
  if (age >= entry.maxAgeMs) {
    entries.delete(key)
    return false
  }
  res.writeHead(entry.status, { ...entry.headers, age: String(Math.floor(age / 1000)), 'x-balai-cache': 'HIT' })
  res.end(entry.body)
  return true
}

/** Watches Next's answer to a visitor's GET and keeps it when it may be shared. */
export const keepInFrontCache = (req: IncomingMessage, res: ServerResponse) => {
  if (!isVisitorGet(req)) return
  const key = keyOf(req)
  const { generation } = store()
  const chunks: Buffer[] = []
  let size = 0
  // Headers given to writeHead directly never show in getHeaders(): note them on the way.
  const headersGiven: OutgoingHttpHeaders = {}
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const given = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null)
    if (Array.isArray(given)) for (const [name, value] of given as [string, string][]) headersGiven[name.toLowerCase()] = value
    else if (given) for (const [name, value] of Object.entries(given)) headersGiven[name.toLowerCase()] = value as string
    return writeHead(...args)
  }) as ServerResponse['writeHead']
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk == null || typeof chunk === 'function' || size > MAX_BODY_BYTES) return
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    chunks.push(buffer)
  }
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1])
    return write(...args)
  }) as ServerResponse['write']
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1])
    return end(...args)
  }) as ServerResponse['end']
  res.once('finish', () => {
    const headers = { ...res.getHeaders(), ...headersGiven }
    const maxAgeMs = sharedMaxAgeMs(headers['cache-control'])
    if (res.statusCode !== 200 || maxAgeMs === 0 || headers['set-cookie'] || size > MAX_BODY_BYTES || !variesOnlyOnKeyedHeaders(headers.vary)) return
    const { entries, generation: now } = store()
    if (now !== generation) return
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
    entries.set(key, { status: res.statusCode, headers, body: Buffer.concat(chunks), storedAt: Date.now(), maxAgeMs })
  })
}
