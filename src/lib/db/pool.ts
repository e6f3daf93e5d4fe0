import type { PoolConfig } from 'pg'

import { positiveFromEnv } from '../env'

/** How long a request waits for a free connection before it is answered 503. */
export const poolTimeoutMs = () => positiveFromEnv('DATABASE_POOL_TIMEOUT_MS', 5_000)

/**
 * The app's connections to PostgreSQL (see README for the variables). The pool is bounded and a
 * request gives up waiting for a connection; the server ends any statement that runs too long
 * and any transaction left idle, so a stuck request cannot keep a connection for good.
 */
export const poolConfig = (): PoolConfig => ({
  connectionString: process.env.DATABASE_URL,
  max: positiveFromEnv('DATABASE_POOL_MAX', 10),
  connectionTimeoutMillis: poolTimeoutMs(),
  statement_timeout: positiveFromEnv('DATABASE_STATEMENT_TIMEOUT_MS', 60_000),
  idle_in_transaction_session_timeout: positiveFromEnv('DATABASE_IDLE_TRANSACTION_TIMEOUT_MS', 60_000),
})
