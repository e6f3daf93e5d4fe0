import { inject } from 'vitest'

// Before any test file loads payload.config.ts, which reads these.
Object.assign(process.env, inject('env'))
