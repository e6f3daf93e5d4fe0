import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { expireFrontCache, keepInFrontCache, serveFromFrontCache } from '../../src/lib/front-cache'

/**
 * A stand-in for Next behind the front cache, as src/bin/server.ts wires it: each answer says how
 * often the "app" was reached, so a kept answer shows as an old count.
 */
let reached = 0
let answer: { status: number; headers: Record<string, string> } = { status: 200, headers: {} }
let hold: Promise<void> | null = null
let base = ''

const server = http.createServer((req, res) => {
  if (serveFromFrontCache(req, res)) return
  keepInFrontCache(req, res)
  reached += 1
  const count = reached
  void (hold ?? Promise.resolve()).then(() => {
    res.writeHead(answer.status, { 'content-type': 'text/html', ...answer.headers })
    res.write('<p>page ')
    res.end(`${count}</p>`)
  })
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers })
  return { body: await response.text(), hit: response.headers.get('x-balai-cache') === 'HIT' }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  expireFrontCache()
  answer = { status: 200, headers: { 'cache-control': 's-maxage=3600, stale-while-revalidate=31535999', vary: 'rsc, Accept-Encoding' } }
  hold = null
})

describe('the front cache', () => {
  it('sends a page Next marks shareable again without reaching the app, until a revalidation', async () => {
    const first = await get('/berita/a')
    expect(await get('/berita/a')).toEqual({ body: first.body, hit: true })
    expireFrontCache()
    const after = await get('/berita/a')
    expect(after.hit).toBe(false)
    expect(after.body).not.toBe(first.body)
  })

  it('keeps nothing for signed-in visitors, previews, private or failed answers, or answers that set cookies', async () => {
    await get('/x', { cookie: 'payload-token=abc' })
    expect((await get('/x', { cookie: 'payload-token=abc' })).hit).toBe(false)
    await get('/y', { cookie: 'theme=dark; __prerender_bypass=1' })
    expect((await get('/y', { cookie: '__prerender_bypass=1' })).hit).toBe(false)

    const refused: Record<string, string>[] = [{ 'cache-control': 'private, no-store' }, { 'cache-control': 's-maxage=60', 'set-cookie': 'a=b' }, { 'cache-control': 's-maxage=60', vary: 'cookie' }]
    for (const headers of refused) {
      answer = { status: 200, headers }
      await get('/z')
      expect((await get('/z')).hit, JSON.stringify(headers)).toBe(false)
    }
    answer = { status: 404, headers: { 'cache-control': 's-maxage=60' } }
    await get('/missing')
    expect((await get('/missing')).hit).toBe(false)
  })

  it('keeps separate answers for the page and its RSC payload', async () => {
    const page = await get('/kontak')
    const payload = await get('/kontak', { rsc: '1' })
    expect(payload.hit).toBe(false)
    expect((await get('/kontak')).body).toBe(page.body)
    expect((await get('/kontak', { rsc: '1' })).body).toBe(payload.body)
  })

  it('does not keep an answer made while a revalidation happened (it may show the old data)', async () => {
    let release = () => {}
    hold = new Promise<void>((resolve) => (release = resolve))
    const pending = get('/slow')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expireFrontCache()
    release()
    await pending
    hold = null
    expect((await get('/slow')).hit).toBe(false)
  })
})
