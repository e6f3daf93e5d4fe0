import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/**
 * Rich text from the editor, rendered by Payload's Lexical converters: text is escaped by React,
 * and links were checked when they were saved (src/lib/editor.ts).
 */
export const RichText = ({ data, className = 'prose-balai' }: { data: unknown; className?: string }) =>
  data && typeof data === 'object' && 'root' in data ? <LexicalRichText data={data as SerializedEditorState} className={className} /> : null
