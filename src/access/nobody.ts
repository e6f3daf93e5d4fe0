import type { FieldAccess } from 'payload'

import { explicit } from './policy'

/** Field access no request passes: the field is set only by the collection's own hooks (they run after field access). */
export const nobody: FieldAccess = explicit(() => false)
