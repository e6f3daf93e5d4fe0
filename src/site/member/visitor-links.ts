import type { Text } from '@/lib/messages'
import { extensionPoint } from '@/plugin-kit/extension-point'

/** A link a plugin shows in the site header to visitors who are not signed in ("Daftar"). */
export type VisitorLink = { href: string; label: Text }

/** Header links for visitors, from the plugins. */
export const visitorLinks = extensionPoint<VisitorLink>('visitorLinks')
