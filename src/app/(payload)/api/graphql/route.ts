import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from '@/lib/api/guard'

export const POST = guardGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
