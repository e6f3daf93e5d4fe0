import { describe, expect, it } from 'vitest'

import { defineTexts, formatDate, formatDateTime, formatMonth, formatNumber, formatRupiah, toLang } from '@/lib/i18n'

describe('id-ID formats', () => {
  it('writes rupiah the house way, without a space', () => {
    expect(formatRupiah(30_000)).toBe('Rp30.000')
    expect(formatRupiah(1_250_000)).toBe('Rp1.250.000')
    expect(formatRupiah(null)).toBe('Rp0')
  })

  it('groups numbers per language', () => {
    expect(formatNumber('id', 30_000)).toBe('30.000')
    expect(formatNumber('en', 30_000)).toBe('30,000')
  })

  it('shows dates and times in Jakarta (WIB)', () => {
    const instant = '2026-12-04T02:57:00Z'
    expect(formatDateTime('id', instant)).toBe('4 Des 2026 09.57 WIB')
    expect(formatDateTime('en', instant)).toBe('4 Dec 2026 09:57 WIB')
    expect(formatDate('id', instant)).toBe('4 Des 2026')
    expect(formatDate('en', new Date(instant))).toBe('4 Dec 2026')
    // 23:30 UTC is already the next day in Jakarta.
    expect(formatDate('id', '2026-12-04T23:30:00Z')).toBe('5 Des 2026')
    expect(formatDate('id', null)).toBe('')
  })

  it('names months', () => {
    expect(formatMonth('id', { year: 2026, month: 1 })).toBe('Januari 2026')
    expect(formatMonth('en', { year: 2026, month: 1 }, 'short')).toBe('Jan 2026')
    expect(formatMonth('id', { month: 12 })).toBe('Desember')
  })
})

describe('defineTexts', () => {
  const texts = defineTexts({
    members: { id: 'Anggota', en: 'Members' },
    count: { id: (n: number) => `${n} anggota`, en: (n: number) => `${n} members` },
  })

  it('returns the texts of the language asked for', () => {
    expect(texts('id').members).toBe('Anggota')
    expect(texts('en').members).toBe('Members')
    expect(texts('id').count(3)).toBe('3 anggota')
    expect(texts('en').count(3)).toBe('3 members')
  })

  it('reads any other language setting as Indonesian', () => {
    expect(toLang('en')).toBe('en')
    expect(toLang('fr')).toBe('id')
    expect(toLang(undefined)).toBe('id')
  })
})
