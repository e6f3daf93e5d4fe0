import type { Text } from '@/lib/messages'

/** The forum's categories: a small fixed set, so the list page can group and filter by them. */
export const forumCategories = [
  { value: 'umum', label: { id: 'Umum', en: 'General' } },
  { value: 'ketenagakerjaan', label: { id: 'Ketenagakerjaan', en: 'Work and employment' } },
  { value: 'organisasi', label: { id: 'Organisasi', en: 'Organisation' } },
  { value: 'kegiatan', label: { id: 'Kegiatan', en: 'Activities' } },
  { value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
] as const satisfies ReadonlyArray<{ value: string; label: Text }>

export type ForumCategory = (typeof forumCategories)[number]['value']

export const isForumCategory = (value: unknown): value is ForumCategory => forumCategories.some((category) => category.value === value)

export const categoryLabel = (value: string): Text => forumCategories.find((category) => category.value === value)?.label ?? { id: value, en: value }
