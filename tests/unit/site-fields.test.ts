import { describe, expect, it } from 'vitest'

import { validatePlainText } from '../../src/fields/plain-text'
import { isSitePath, isWebUrl, validateLinkUrl } from '../../src/fields/url'
import { paragraphs } from '../../src/lib/rich-text'
import { isReservedSlug, publicPath, reservedRoutes } from '../../src/lib/routes'
import { lexicalText, summarise } from '../../src/lib/seo'

describe('link addresses', () => {
  it('accept web addresses and site paths only', () => {
    for (const good of ['https://example.org/a?b=1', 'http://desa.example', '/kontak', '/berita/panen-raya']) {
      expect(validateLinkUrl(good), good).toBe(true)
    }
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' https://example.org', 'data:text/html,x', 'vbscript:x', '//evil.example', '/\\evil.example', 'mailto:a@b.c', 'kontak']) {
      expect(validateLinkUrl(bad), bad).not.toBe(true)
    }
    expect(isWebUrl('/kontak')).toBe(false)
    expect(isSitePath('https://example.org')).toBe(false)
  })
})

describe('plain text', () => {
  it('refuses markup and over-long values', () => {
    const check = validatePlainText(10)
    expect(check('Sejarah')).toBe(true)
    expect(check('a < b')).toBe(true)
    expect(check('<script>x')).not.toBe(true)
    expect(check('<img src=x onerror=y>')).not.toBe(true)
    expect(check('x'.repeat(11))).not.toBe(true)
  })
})

describe('SEO helpers', () => {
  it('take the visible text of rich text and trim it at a word', () => {
    const text = lexicalText(paragraphs('Desa Sukamaju berdiri pada 1952.', 'Warganya bertani.').root)
    expect(text).toBe('Desa Sukamaju berdiri pada 1952. Warganya bertani.')
    expect(summarise(text, 30)).toBe('Desa Sukamaju berdiri pada…')
    expect(summarise('  pendek  ')).toBe('pendek')
  })

  it('know where pages and content live, and which page slugs are the site’s own', () => {
    expect(publicPath('pages', { slug: 'sejarah' })).toBe('/sejarah')
    expect(publicPath('content', { slug: 'panen', type: 'activity' })).toBe('/kegiatan/panen')
    expect(publicPath('content', { slug: 'libur', type: 'announcement' })).toBe('/pengumuman/libur')
    expect(publicPath('pages', {})).toBeNull()
    const config = reservedRoutes.add({}, ['daftar'])
    expect(isReservedSlug(config, 'berita')).toBe(true)
    expect(isReservedSlug(config, 'daftar')).toBe(true)
    expect(isReservedSlug({}, 'daftar')).toBe(false)
    expect(isReservedSlug(config, 'sejarah')).toBe(false)
  })
})
