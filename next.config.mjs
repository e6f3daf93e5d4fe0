import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The machine this builds on has 2 cores; one build worker keeps memory in check.
  experimental: { cpus: 1 },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
