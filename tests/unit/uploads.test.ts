import { afterEach, describe, expect, it } from 'vitest'

import { displayName, isPathLike, storedName } from '../../src/lib/uploads/filename'
import { maxBytes } from '../../src/lib/uploads/limits'
import { sniffType } from '../../src/lib/uploads/sniff'

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))

describe('sniffType', () => {
  it('knows the accepted types by their first bytes, and nothing else', () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0], 'rest'))).toBe('image/jpeg')
    expect(sniffType(bytes([0x89], 'PNG\r\n\x1a\n', 'rest'))).toBe('image/png')
    expect(sniffType(bytes('GIF89a', 'rest'))).toBe('image/gif')
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp')
    expect(sniffType(bytes('%PDF-1.7\n'))).toBe('application/pdf')
    // A RIFF that is not WebP (e.g. WAV), a ZIP, a script, an SVG, an empty file.
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBeNull()
    expect(sniffType(bytes([0x50, 0x4b, 0x03, 0x04]))).toBeNull()
    expect(sniffType(bytes('<?php echo 1; ?>'))).toBeNull()
    expect(sniffType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(sniffType(bytes(' %PDF-1.7'))).toBeNull()
    expect(sniffType(Buffer.alloc(0))).toBeNull()
  })
})

describe('file names', () => {
  it('refuse paths and keep ordinary names readable', () => {
    for (const name of ['../../etc/passwd.jpg', '..\\x.pdf', '/etc/x.png', 'C:\\x.pdf', 'C:x.pdf', 'a/b.png', '..', '.']) {
      expect(isPathLike(name), name).toBe(true)
    }
    for (const name of ['foto.jpg', 'Laporan..final.pdf', '.hidden.png', 'Perdes No. 3 – 2026.pdf']) {
      expect(isPathLike(name), name).toBe(false)
    }
    expect(displayName('laporan\u0000"x"<1>.pdf')).toBe('laporan__x__1_.pdf')
    expect(storedName('pdf')).toMatch(/^[0-9a-f-]{36}\.pdf$/)
  })
})

describe('maxBytes', () => {
  afterEach(() => {
    delete process.env.UPLOAD_MAX_IMAGE_MB
  })
  it('defaults to 5 MB for images and 20 MB for documents, and follows the environment', () => {
    expect(maxBytes('image')).toBe(5 * 1024 * 1024)
    expect(maxBytes('document')).toBe(20 * 1024 * 1024)
    process.env.UPLOAD_MAX_IMAGE_MB = '2.5'
    expect(maxBytes('image')).toBe(2.5 * 1024 * 1024)
    process.env.UPLOAD_MAX_IMAGE_MB = 'nonsense'
    expect(maxBytes('image')).toBe(5 * 1024 * 1024)
  })
})
