import type {
  ASTNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  SelectionNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'
import { GraphQLError, Kind, valueFromASTUntyped, visit } from 'graphql'

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

/** A document's fragment definitions by name. */
const fragmentsOf = (document: DocumentNode): Record<string, FragmentDefinitionNode> =>
  Object.fromEntries(
    document.definitions
      .filter((def): def is FragmentDefinitionNode => def.kind === Kind.FRAGMENT_DEFINITION)
      .map((def) => [def.name.value, def]),
  )

export const depthLimit =
  (max: number): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments = fragmentsOf(document)
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

const envInt = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

/** Most top-level fields one operation may ask for: each is a query of its own. */
export const MAX_ROOT_FIELDS = envInt('GRAPHQL_MAX_ROOT_FIELDS', 20)
/** Most aliases in one document: aliases repeat a field, so they multiply its cost. */
export const MAX_ALIASES = envInt('GRAPHQL_MAX_ALIASES', 30)
/** Most rows an operation may ask for, counted as below. */
export const MAX_COST = envInt('GRAPHQL_MAX_COST', 5000)

// Payload's page size when a list query names none, and what "everything" (`limit: 0`,
// `pagination: false`) is charged as.
const DEFAULT_LIMIT = 10
const UNBOUNDED_LIMIT = MAX_COST

// Types are told apart by shape, not `instanceof`: the schema may come from another copy of the
// graphql module (ESM and CommonJS builds side by side), which `isObjectType` rejects.
const fieldsOf = (type: GraphQLNamedType | undefined) =>
  type && 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown> | undefined>) : {}

const namedTypeOf = (type: GraphQLOutputType): GraphQLNamedType => ('ofType' in type ? namedTypeOf(type.ofType) : type)

type Costing = {
  schema: GraphQLSchema
  fragments: Record<string, FragmentDefinitionNode>
  variables: Record<string, unknown>
  seen: Set<string>
}

const argument = (field: FieldNode, name: string, variables: Record<string, unknown>) => {
  const node = field.arguments?.find((arg) => arg.name.value === name)
  return node ? valueFromASTUntyped(node.value, variables) : undefined
}

/** The rows a list field (one taking `limit`) fetches; null for any other field. */
const rowsOf = (field: FieldNode, definition: GraphQLField<unknown, unknown>, variables: Record<string, unknown>) => {
  if (!definition.args.some((arg) => arg.name === 'limit')) return null
  if (argument(field, 'pagination', variables) === false) return UNBOUNDED_LIMIT
  const limit = argument(field, 'limit', variables)
  if (limit === undefined || limit === null) return DEFAULT_LIMIT
  const rows = Number(limit)
  return Number.isFinite(rows) && rows > 0 ? rows : UNBOUNDED_LIMIT
}

/**
 * What a selection costs: every field once per row of the lists around it, and every list field
 * its own rows on top — so `Contents(limit: 100) { totalDocs }` costs about 200, not 2.
 */
const costOf = (selections: readonly SelectionNode[], parent: GraphQLNamedType | undefined, rows: number, costing: Costing): number => {
  let cost = 0
  for (const selection of selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = costing.fragments[selection.name.value]
      if (!fragment || costing.seen.has(fragment.name.value)) continue
      costing.seen.add(fragment.name.value)
      cost += costOf(fragment.selectionSet.selections, costing.schema.getType(fragment.typeCondition.name.value) ?? parent, rows, costing)
      costing.seen.delete(fragment.name.value)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? costing.schema.getType(selection.typeCondition.name.value) ?? parent : parent
      cost += costOf(selection.selectionSet.selections, type, rows, costing)
    } else if (!selection.name.value.startsWith('__')) {
      const definition = fieldsOf(parent)[selection.name.value]
      const own = definition ? rowsOf(selection, definition, costing.variables) : null
      const inner = own === null ? rows : rows * own
      cost += rows + (own === null ? 0 : inner)
      if (selection.selectionSet) {
        cost += costOf(selection.selectionSet.selections, definition ? namedTypeOf(definition.type) : undefined, inner, costing)
      }
    }
  }
  return cost
}

/** The top-level fields of an operation, fragments spread. */
const rootFieldsOf = (selections: readonly SelectionNode[], fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] =>
  selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__') ? [] : [selection]
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsOf(selection.selectionSet.selections, fragments, seen)
    const fragment = fragments[selection.name.value]
    if (!fragment || seen.has(fragment.name.value)) return []
    return rootFieldsOf(fragment.selectionSet.selections, fragments, new Set([...seen, fragment.name.value]))
  })

/**
 * Refuses, before anything runs, an operation that would make the database do too much: too many
 * top-level fields or aliases, or too many rows by `costOf`. The complexity Payload checks counts
 * a list of 100 rows as one field, so 300 aliased lists passed it.
 */
export const costLimit =
  (variables: Record<string, unknown> = {}): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments = fragmentsOf(document)
    let aliases = 0
    visit(document, { Field: (node) => void (node.alias && aliases++) })
    if (aliases > MAX_ALIASES) {
      context.reportError(new GraphQLError(`Terlalu banyak alias (${aliases} > ${MAX_ALIASES}). / Too many aliases (${aliases} > ${MAX_ALIASES}).`))
      return {}
    }
    const schema = context.getSchema()
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue
      const roots = rootFieldsOf(operation.selectionSet.selections, fragments)
      if (roots.length > MAX_ROOT_FIELDS) {
        context.reportError(
          new GraphQLError(
            `Terlalu banyak kueri dalam satu permintaan (${roots.length} > ${MAX_ROOT_FIELDS}): bagi menjadi beberapa permintaan. / Too many top-level fields (${roots.length} > ${MAX_ROOT_FIELDS}): split the request.`,
          ),
        )
        continue
      }
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
      const cost = costOf(operation.selectionSet.selections, root ?? undefined, 1, { schema, fragments, variables, seen: new Set() })
      if (cost > MAX_COST) {
        context.reportError(
          new GraphQLError(
            `Kueri terlalu berat (biaya ${cost} > ${MAX_COST}): minta lebih sedikit baris (limit) atau bagi menjadi beberapa permintaan. / Query too expensive (cost ${cost} > ${MAX_COST}): ask for fewer rows (limit) or split the request.`,
          ),
        )
      }
    }
    return {}
  }
