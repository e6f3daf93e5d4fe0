/** A collection's access from its policy, with the policy beside it in `custom.policy`: core's. */
export { withPolicy } from '@/access/policy'
