import { explicit } from './policy'

/**
 * Access no request passes (collection or field): for fields, the value is then set only by the
 * collection's own hooks, which run after field access.
 */
export const nobody = explicit((): false => false)
