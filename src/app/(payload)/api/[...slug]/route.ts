import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardREST } from '@/lib/api/guard'

export const GET = guardREST(config, REST_GET(config))
export const POST = guardREST(config, REST_POST(config))
export const DELETE = guardREST(config, REST_DELETE(config))
export const PATCH = guardREST(config, REST_PATCH(config))
export const PUT = guardREST(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
