import type { Block, Field } from 'payload'

import type { Landing } from '../../payload-types'

import { link } from '@/fields/link'

const enabled: Field = {
  name: 'enabled',
  label: { id: 'Tampilkan', en: 'Show' },
  type: 'checkbox',
  defaultValue: true,
}

const title = (defaultValue?: string): Field => ({
  name: 'title',
  label: { id: 'Judul', en: 'Title' },
  type: 'text',
  maxLength: 200,
  defaultValue,
})

const block = (slug: string, label: { id: string; en: string }, fields: Field[]): Block => ({
  slug,
  labels: { singular: label, plural: label },
  // GraphQL type names are global: "officers" alone would clash with the collection.
  graphQL: { singularName: `Landing${slug[0].toUpperCase()}${slug.slice(1)}` },
  fields: [enabled, ...fields],
})

/** The landing page's sections; each appears at most once, in the editors' order. */
export const sectionBlocks: Block[] = [
  block('about', { id: 'Tentang', en: 'About' }, [
    title('Tentang Kami'),
    { name: 'body', label: { id: 'Isi', en: 'Body' }, type: 'richText' },
  ]),
  block('stats', { id: 'Statistik', en: 'Statistics' }, [
    title('Dalam Angka'),
    {
      name: 'items',
      label: { id: 'Angka yang ditampilkan', en: 'Figures shown' },
      type: 'select',
      hasMany: true,
      defaultValue: ['members', 'regions', 'publications'],
      options: [
        { value: 'members', label: { id: 'Jumlah anggota', en: 'Members' } },
        { value: 'regions', label: { id: 'Jumlah wilayah', en: 'Regions' } },
        { value: 'publications', label: { id: 'Jumlah publikasi', en: 'Publications' } },
        { value: 'news', label: { id: 'Jumlah berita', en: 'News items' } },
      ],
    },
  ]),
  block('latestPublications', { id: 'Publikasi terbaru', en: 'Latest publications' }, [
    title('Publikasi Terbaru'),
    { name: 'count', label: { id: 'Jumlah', en: 'How many' }, type: 'number', defaultValue: 6, min: 1, max: 24, required: true },
  ]),
  block('ctaJoin', { id: 'Ajakan bergabung', en: 'Join call to action' }, [
    title('Bergabung Bersama Kami'),
    { name: 'text', label: { id: 'Teks', en: 'Text' }, type: 'textarea', maxLength: 500 },
    { name: 'buttonLabel', label: { id: 'Label tombol', en: 'Button label' }, type: 'text', maxLength: 60, defaultValue: 'Daftar' },
    link({ name: 'link', required: false }),
  ]),
  block('ctaLogin', { id: 'Ajakan masuk', en: 'Sign-in call to action' }, [
    title('Sudah Menjadi Anggota?'),
    { name: 'text', label: { id: 'Teks', en: 'Text' }, type: 'textarea', maxLength: 500 },
    { name: 'buttonLabel', label: { id: 'Label tombol', en: 'Button label' }, type: 'text', maxLength: 60, defaultValue: 'Masuk' },
    link({ name: 'link', required: false }),
  ]),
  block('officers', { id: 'Pengurus', en: 'Officers' }, [
    title('Pengurus'),
    {
      name: 'level',
      label: { id: 'Tingkat', en: 'Level' },
      type: 'select',
      defaultValue: 'central',
      options: [
        { value: 'central', label: { id: 'Pusat', en: 'Central' } },
        { value: 'all', label: { id: 'Semua', en: 'All' } },
      ],
    },
    { name: 'count', label: { id: 'Jumlah', en: 'How many' }, type: 'number', defaultValue: 8, min: 1, max: 48, required: true },
  ]),
  block('subscribe', { id: 'Berlangganan', en: 'Subscribe' }, [
    title('Dapatkan Kabar Terbaru'),
    { name: 'text', label: { id: 'Teks', en: 'Text' }, type: 'textarea', maxLength: 500 },
  ]),
  block('footer', { id: 'Kaki halaman', en: 'Footer' }, [
    { name: 'text', label: { id: 'Teks', en: 'Text' }, type: 'textarea', maxLength: 500 },
    {
      name: 'showContact',
      label: { id: 'Tampilkan alamat dan kontak', en: 'Show address and contacts' },
      type: 'checkbox',
      defaultValue: true,
    },
    { name: 'showSocial', label: { id: 'Tampilkan media sosial', en: 'Show social links' }, type: 'checkbox', defaultValue: true },
  ]),
]

export type Section = NonNullable<Landing['sections']>[number]

const sitePath = (url: string) => ({ type: 'url' as const, url, newTab: false })

/** What a fresh install shows: every section, switched on, in the seed's order. */
export const defaultSections = (): Section[] => [
  { blockType: 'about', enabled: true, title: 'Tentang Kami', body: null },
  { blockType: 'stats', enabled: true, title: 'Dalam Angka', items: ['members', 'regions', 'publications'] },
  { blockType: 'latestPublications', enabled: true, title: 'Publikasi Terbaru', count: 6 },
  { blockType: 'ctaJoin', enabled: true, title: 'Bergabung Bersama Kami', buttonLabel: 'Daftar', link: sitePath('/daftar') },
  { blockType: 'ctaLogin', enabled: true, title: 'Sudah Menjadi Anggota?', buttonLabel: 'Masuk', link: sitePath('/masuk') },
  { blockType: 'officers', enabled: true, title: 'Pengurus', level: 'central', count: 8 },
  { blockType: 'subscribe', enabled: true, title: 'Dapatkan Kabar Terbaru' },
  { blockType: 'footer', enabled: true, showContact: true, showSocial: true },
]

/** The sections the site renders: switched on, in the editors' order. */
export const visibleSections = (landing: { sections?: Section[] | null }): Section[] =>
  (landing.sections ?? []).filter((section) => section.enabled !== false)
