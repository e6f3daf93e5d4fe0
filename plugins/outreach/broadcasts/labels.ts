import type { Option } from 'payload'

export const broadcastAudienceOptions: Option[] = [
  { value: 'all', label: { id: 'Semua anggota aktif', en: 'All active members' } },
  { value: 'region', label: { id: 'Anggota aktif satu wilayah', en: 'Active members of one region' } },
]

export const broadcastStatusOptions: Option[] = [
  { value: 'queued', label: { id: 'Diantrekan', en: 'Queued' } },
  { value: 'sending', label: { id: 'Sedang dikirim', en: 'Sending' } },
  { value: 'sent', label: { id: 'Terkirim', en: 'Sent' } },
]
