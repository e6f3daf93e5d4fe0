import { describe, expect, it } from 'vitest'

import { slugify, validateSlug } from '../../src/lib/slug'

describe('slugify', () => {
  it('makes URL slugs from Indonesian titles, accents and punctuation included', () => {
    expect(slugify('Berita Desa: Kerja Bakti 2026!')).toBe('berita-desa-kerja-bakti-2026')
    expect(slugify('  Café   Pemuda — Édisi Khusus ')).toBe('cafe-pemuda-edisi-khusus')
  })

  it('accepts what it makes and refuses anything else', () => {
    expect(validateSlug(slugify('Rapat Anggota Tahunan'))).toBe(true)
    expect(validateSlug('Huruf Besar')).toMatch(/huruf kecil/)
    expect(validateSlug('../etc')).toMatch(/huruf kecil/)
  })
})
