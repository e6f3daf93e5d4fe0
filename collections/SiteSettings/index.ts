import type { GlobalConfig, PayloadRequest } from 'payload'

import { anyone, withGlobalPolicy, withPermission, type GlobalPolicy } from '@/access'
import { validateWebUrl } from '@/fields/url'
import { pick } from '@/lib/messages'
import { revalidateGlobal } from '@/lib/revalidate'

export const siteSettingsPolicy: GlobalPolicy = {
  read: [anyone],
  update: [withPermission('settings.manage')],
}

type Options = { req: PayloadRequest }

const validatePhone = (value: null | string | undefined, { req }: Options) =>
  !value ||
  /^\+?[0-9 ()-]{6,20}$/.test(value) ||
  pick(req, { id: 'Nomor hanya berisi angka, spasi, +, -, ( ).', en: 'Digits, spaces, +, -, ( ) only.' })

const validateColour = (value: null | string | undefined, { req }: Options) =>
  !value || /^#[0-9a-fA-F]{6}$/.test(value) || pick(req, { id: 'Warna dalam format #RRGGBB.', en: 'A colour as #RRGGBB.' })

const validateAccountNumber = (value: null | string | undefined, { req }: Options) =>
  !value || /^[0-9 -]{4,30}$/.test(value) || pick(req, { id: 'Nomor rekening hanya berisi angka.', en: 'Digits only.' })

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { id: 'Pengaturan Situs', en: 'Site settings' },
  admin: { group: { id: 'Sistem', en: 'System' } },
  ...withGlobalPolicy(siteSettingsPolicy),
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { id: 'Identitas', en: 'Identity' },
          fields: [
            { name: 'name', label: { id: 'Nama', en: 'Name' }, type: 'text', required: true, defaultValue: 'Balai', maxLength: 150 },
            { name: 'tagline', label: { id: 'Slogan', en: 'Tagline' }, type: 'text', maxLength: 200 },
            {
              name: 'organisationKind',
              label: { id: 'Jenis organisasi', en: 'Kind of organisation' },
              type: 'select',
              required: true,
              defaultValue: 'general',
              options: [
                { value: 'village', label: { id: 'Desa', en: 'Village' } },
                { value: 'union', label: { id: 'Serikat pekerja', en: 'Workers’ union' } },
                { value: 'general', label: { id: 'Umum', en: 'General' } },
              ],
            },
            { name: 'logo', label: { id: 'Logo', en: 'Logo' }, type: 'upload', relationTo: 'media' },
            {
              name: 'primaryColour',
              label: { id: 'Warna utama', en: 'Primary colour' },
              type: 'text',
              validate: validateColour,
              admin: { description: { id: 'Misalnya #1d4ed8', en: 'E.g. #1d4ed8' } },
            },
          ],
        },
        {
          label: { id: 'Kontak', en: 'Contact' },
          fields: [
            { name: 'address', label: { id: 'Alamat', en: 'Address' }, type: 'textarea', maxLength: 500 },
            { name: 'phone', label: { id: 'Telepon', en: 'Phone' }, type: 'text', validate: validatePhone },
            { name: 'email', label: { id: 'Email', en: 'Email' }, type: 'email' },
            {
              name: 'whatsapp',
              label: { id: 'WhatsApp', en: 'WhatsApp' },
              type: 'text',
              validate: validatePhone,
              admin: { description: { id: 'Nomor dengan kode negara, misalnya +62 812 3456 7890', en: 'Number with country code, e.g. +62 812 3456 7890' } },
            },
            {
              name: 'socialLinks',
              label: { id: 'Media sosial', en: 'Social media' },
              type: 'array',
              maxRows: 12,
              fields: [
                {
                  name: 'platform',
                  label: { id: 'Platform', en: 'Platform' },
                  type: 'select',
                  required: true,
                  options: ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'linkedin', 'website'].map((value) => ({
                    value,
                    label: value === 'x' ? 'X (Twitter)' : value === 'website' ? 'Situs web' : value[0].toUpperCase() + value.slice(1),
                  })),
                },
                { name: 'url', label: { id: 'Alamat', en: 'URL' }, type: 'text', required: true, maxLength: 500, validate: validateWebUrl },
              ],
            },
          ],
        },
        {
          label: { id: 'Pembayaran', en: 'Payments' },
          fields: [
            {
              name: 'bankAccount',
              label: { id: 'Rekening bank', en: 'Bank account' },
              type: 'group',
              fields: [
                { name: 'bankName', label: { id: 'Nama bank', en: 'Bank' }, type: 'text', maxLength: 100 },
                {
                  name: 'accountNumber',
                  label: { id: 'Nomor rekening', en: 'Account number' },
                  type: 'text',
                  validate: validateAccountNumber,
                },
                { name: 'accountHolder', label: { id: 'Atas nama', en: 'Account holder' }, type: 'text', maxLength: 150 },
              ],
            },
            { name: 'paymentQr', label: { id: 'Gambar QR pembayaran (QRIS)', en: 'Payment QR image (QRIS)' }, type: 'upload', relationTo: 'media' },
            {
              name: 'paymentQrPayload',
              label: { id: 'Isi QR pembayaran', en: 'Payment QR payload' },
              type: 'textarea',
              maxLength: 1000,
              admin: { description: { id: 'Teks QRIS, bila QR dibuat oleh situs.', en: 'The QRIS text, when the site draws the QR.' } },
            },
          ],
        },
      ],
    },
  ],
}
