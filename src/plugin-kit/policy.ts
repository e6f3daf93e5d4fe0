import { policyAccess, type Policy } from '@/access'

/**
 * A collection's access from its policy, with the policy itself beside it in `custom.policy`
 * (the access matrix and its test read it there): spread it into the CollectionConfig.
 */
export const withPolicy = (policy: Policy) => ({ access: policyAccess(policy), custom: { policy } })
