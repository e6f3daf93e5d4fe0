import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextAdapterProvider } from 'payload'

import { isSafeHref, UNSAFE_HREF_MESSAGE } from './safe-url'

type Node = { fields?: { url?: unknown }; children?: Node[] }

/** Any link in the tree (made with the link button, or pasted and linked automatically). */
const hasUnsafeLink = (node: Node | undefined): boolean =>
  Boolean(node) &&
  ((typeof node!.fields?.url === 'string' && !isSafeHref(node!.fields.url)) || (node!.children ?? []).some(hasUnsafeLink))

const lexical = lexicalEditor()

/**
 * The rich-text editor of every field, plugins' included: Payload's Lexical with one more rule —
 * a link that could run script (javascript:, data:, …) is refused with a clear message.
 * Lexical's own link check lets such URLs through, so this one is ours.
 */
export const editor: RichTextAdapterProvider = async (args) => {
  const adapter = await lexical(args)
  return {
    ...adapter,
    validate: async (value, options) =>
      hasUnsafeLink((value as { root?: Node } | null)?.root) ? UNSAFE_HREF_MESSAGE : adapter.validate(value as never, options),
  }
}
