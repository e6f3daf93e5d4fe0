import { afterEach, describe, expect, it } from 'vitest'

import { CLIENT_IP_HEADER, clientIp } from '../../src/lib/client-ip'

describe('clientIp', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY
  })

  it('ignores X-Forwarded-For unless a trusted proxy is configured', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6', [CLIENT_IP_HEADER]: '10.0.0.5' })
    expect(clientIp(headers)).toBe('10.0.0.5')
  })

  it('takes the address our proxy appended, not one the client forged in front of it', () => {
    process.env.TRUST_PROXY = '1'
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9', [CLIENT_IP_HEADER]: '10.0.0.5' })
    expect(clientIp(headers)).toBe('203.0.113.9')
  })
})
