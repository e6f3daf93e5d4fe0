import { describe, expect, it } from 'vitest'

import { MEMBER_HOME, safeNext } from '@/site/member/next'

describe('the sign-in page’s `next` target', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNext('/anggota/profil')).toBe('/anggota/profil')
    expect(safeNext('/en/berita/rapat?x=1#isi')).toBe('/en/berita/rapat?x=1#isi')
    expect(safeNext('/berita/../anggota')).toBe('/anggota')
  })

  it('falls back to the member area for anything that could leave the site', () => {
    for (const next of ['https://evil.test/', '//evil.test/x', '/\\evil.test', '\\\\evil.test', 'javascript:alert(1)', '/\tevil', ' /x', 'anggota', '', undefined, ['/a', '/b']]) {
      expect(safeNext(next), String(next)).toBe(MEMBER_HOME)
    }
    expect(safeNext('//evil.test', '/en/anggota/profil')).toBe('/en/anggota/profil')
  })
})
