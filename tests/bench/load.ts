import http from 'node:http'
import { performance } from 'node:perf_hooks'

/** One unit of work; rejects when it fails (e.g. a non-2xx answer). */
export type Operation = () => Promise<void>

export type LoadOptions = {
  concurrency: number
  durationMs: number
  /** Untimed run first, so JIT, caches and connection pools are warm. */
  warmupMs: number
  /** Hard cap on operations per run, whatever the duration. */
  maxOperations?: number
}

export type Measurement = {
  operations: number
  seconds: number
  perSecond: number
  p50Ms: number
  p95Ms: number
}

const DEFAULT_MAX_OPERATIONS = 5_000_000
const LOOPBACK = new Set(['localhost', '127.0.0.1'])

/** Nearest-rank percentile of an ascending list. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]

/**
 * `concurrency` workers run `op` back to back until the deadline or the cap; the first failure
 * stops them all and is thrown.
 */
const drive = async (op: Operation, concurrency: number, durationMs: number, maxOperations: number, latencies?: number[]) => {
  const deadline = performance.now() + durationMs
  let started = 0
  let failure: unknown = null
  const worker = async () => {
    while (failure === null && started < maxOperations && performance.now() < deadline) {
      started++
      const begin = performance.now()
      try {
        await op()
      } catch (error) {
        failure ??= error
        return
      }
      latencies?.push(performance.now() - begin)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  if (failure !== null) throw failure
}

export const measure = async (op: Operation, options: LoadOptions): Promise<Measurement> => {
  const max = options.maxOperations ?? DEFAULT_MAX_OPERATIONS
  await drive(op, options.concurrency, options.warmupMs, max)
  const latencies: number[] = []
  const begin = performance.now()
  await drive(op, options.concurrency, options.durationMs, max, latencies)
  const seconds = (performance.now() - begin) / 1000
  latencies.sort((a, b) => a - b)
  return {
    operations: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  }
}

export type RequestSpec = {
  method?: 'GET' | 'POST' | 'PATCH'
  headers?: Record<string, string>
  /** A fresh JSON body per request (e.g. a unique title). */
  body?: () => unknown
  /** Sees the parsed answer, e.g. to take the id of what was created. */
  onJson?: (json: unknown) => void
}

/**
 * One HTTP request that reads the whole body and fails on anything but 2xx. Loopback only: the
 * bench must never put load on another machine.
 */
export const httpRequest = (url: string, agent: http.Agent, spec: RequestSpec = {}): Operation => {
  const target = new URL(url)
  if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) {
    throw new Error(`The load generator only targets loopback http, not ${url}.`)
  }
  const method = spec.method ?? 'GET'
  return () =>
    new Promise<void>((resolve, reject) => {
      const payload = spec.body ? JSON.stringify(spec.body()) : undefined
      const headers = payload ? { ...spec.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : spec.headers
      const request = http.request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, agent, method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('error', reject)
        response.on('data', (chunk: Buffer) => spec.onJson && chunks.push(chunk))
        response.on('end', () => {
          const status = response.statusCode ?? 0
          if (status < 200 || status >= 300) return reject(new Error(`${method} ${url} answered ${status}.`))
          if (spec.onJson) spec.onJson(JSON.parse(Buffer.concat(chunks).toString('utf8')))
          resolve()
        })
      })
      request.on('error', reject)
      request.end(payload)
    })
}

export const httpGet = (url: string, agent: http.Agent, headers: Record<string, string> = {}): Operation => httpRequest(url, agent, { headers })

/** Kept-alive sockets, one per worker, as a real client pool would hold. */
export const keepAliveAgent = (concurrency: number) => new http.Agent({ keepAlive: true, maxSockets: concurrency })
