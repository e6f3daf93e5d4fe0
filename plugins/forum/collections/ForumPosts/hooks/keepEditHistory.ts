import type { CollectionBeforeChangeHook } from 'payload'

type Entry = { body: string; editedBy?: unknown; editedAt: string }

/** Every change of a post's text keeps the previous text, who changed it and when. */
export const keepEditHistory: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || typeof data.body !== 'string' || data.body === originalDoc?.body) return data
  const at = new Date().toISOString()
  const history = (originalDoc?.editHistory ?? []) as Entry[]
  return { ...data, editedAt: at, editHistory: [...history, { body: originalDoc.body, editedBy: req.user?.id ?? null, editedAt: at }] }
}
