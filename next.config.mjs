import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/security-headers.mjs'

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) =>
  withPayload(
    {
      poweredByHeader: false,
      // The machine this builds on has 2 cores; one build worker keeps memory in check.
      // authInterrupts: `forbidden()` renders [lang]/forbidden.tsx with status 403 (member pages).
      experimental: { cpus: 1, authInterrupts: true },
      async headers() {
        // The phase, not NODE_ENV: `next build` reads this file before NODE_ENV is set.
        const production = phase !== PHASE_DEVELOPMENT_SERVER
        return [{ source: '/:path*', headers: securityHeaders({ production }) }]
      },
    },
    { devBundleServerPackages: false },
  )

export default nextConfig
