import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Balai', template: '%s — Balai' },
  description: 'Balai: situs, anggota, dan keuangan organisasi Anda di satu tempat.',
}

const RootLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="id">
    <body>{children}</body>
  </html>
)

export default RootLayout
