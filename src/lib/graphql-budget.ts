import type { Config, PayloadRequest } from 'payload'
import { APIError } from 'payload'

/** How long one GraphQL request may keep starting operations, in ms (read at call time). */
const budgetMs = () => {
  const value = Number.parseInt(process.env.GRAPHQL_TIME_BUDGET_MS ?? '', 10)
  return Number.isFinite(value) && value >= 0 ? value : 10_000
}

const STARTED = 'graphqlStartedAt'

/**
 * Every field of a GraphQL request runs as an operation of its own, one after another, on the
 * request's shared `req.context`: once the request has run past its budget, the fields still to
 * come are refused instead of holding the server's connections for minutes.
 */
const withinBudget = <Args>({ args, req }: { args?: Args; req: PayloadRequest }) => {
  if (req.payloadAPI !== 'GraphQL') return args
  const started = (req.context[STARTED] ??= performance.now()) as number
  if (performance.now() - started > budgetMs()) {
    throw new APIError(
      'Permintaan GraphQL melewati batas waktunya: minta lebih sedikit data per permintaan. / The GraphQL request ran past its time budget: ask for less per request.',
      503,
    )
  }
  return args
}

/** Adds the budget to every collection and global; list it after the plugins, so theirs get it too. */
export const graphQLTimeBudget =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [withinBudget, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    globals: config.globals?.map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeOperation: [withinBudget, ...(global.hooks?.beforeOperation ?? [])] },
    })),
  })
