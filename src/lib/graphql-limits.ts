import type { ASTNode, FragmentDefinitionNode, ValidationContext, ValidationRule } from 'graphql'
import { GraphQLError, Kind } from 'graphql'

/** Query depth beyond which a request is refused; keeps nested relationship queries bounded. */
export const MAX_QUERY_DEPTH = Number.parseInt(process.env.GRAPHQL_MAX_DEPTH ?? '', 10) || 10

const depthOf = (
  node: ASTNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (node.kind === Kind.FRAGMENT_SPREAD) {
    const fragment = fragments[node.name.value]
    if (!fragment || seen.has(node.name.value)) return 0
    return depthOf(fragment, fragments, new Set([...seen, node.name.value]))
  }
  // Introspection (the playground's schema query) is deep by nature and cheap; it is not counted.
  if (node.kind === Kind.FIELD && node.name.value.startsWith('__')) return 0
  const selections = 'selectionSet' in node && node.selectionSet ? node.selectionSet.selections : []
  const inner = Math.max(0, ...selections.map((child) => depthOf(child, fragments, seen)))
  return node.kind === Kind.FIELD ? inner + 1 : inner
}

export const depthLimit =
  (max: number): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments = Object.fromEntries(
      document.definitions
        .filter((def): def is FragmentDefinitionNode => def.kind === Kind.FRAGMENT_DEFINITION)
        .map((def) => [def.name.value, def]),
    )
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const depth = depthOf(definition, fragments, new Set())
      if (depth > max) {
        context.reportError(
          new GraphQLError(`Kueri terlalu dalam (${depth} > ${max}). / Query too deep (${depth} > ${max}).`),
        )
      }
    }
    return {}
  }
