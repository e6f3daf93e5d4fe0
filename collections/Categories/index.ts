import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'
import { revalidateCollection } from '@/lib/revalidate'
import { slugFrom, validateSlug } from '@/lib/slug'

/** Visitors see active categories; `content.categories` manages all of them. */
export const categoriesPolicy: Policy = {
  create: [withPermission('content.categories')],
  read: [{ where: { active: { equals: true } } }, withPermission('content.categories')],
  update: [withPermission('content.categories')],
  delete: [withPermission('content.categories')],
}

/** Lists, filters and category pages show active categories only. */
const revalidate = revalidateCollection((doc) => doc?.active === true)

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { id: 'Kategori', en: 'Category' },
    plural: { id: 'Kategori', en: 'Categories' },
  },
  admin: {
    group: { id: 'Konten', en: 'Content' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'active'],
  },
  ...withPolicy(categoriesPolicy),
  hooks: { beforeValidate: [slugFrom('name')], afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'name', label: { id: 'Nama', en: 'Name' }, type: 'text', required: true, maxLength: 100 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateSlug,
      admin: { position: 'sidebar', description: { id: 'Dibuat dari nama bila kosong.', en: 'Made from the name when empty.' } },
    },
    { name: 'description', label: { id: 'Deskripsi', en: 'Description' }, type: 'textarea', maxLength: 500 },
    { name: 'active', label: { id: 'Aktif', en: 'Active' }, type: 'checkbox', defaultValue: true, index: true },
    {
      name: 'appliesTo',
      label: { id: 'Berlaku untuk', en: 'Applies to' },
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['content'],
      options: [
        { value: 'content', label: { id: 'Konten (berita, kegiatan, …)', en: 'Content (news, activities, …)' } },
        { value: 'publication', label: { id: 'Publikasi', en: 'Publications' } },
        { value: 'regulation', label: { id: 'Regulasi', en: 'Regulations' } },
      ],
    },
  ],
}
