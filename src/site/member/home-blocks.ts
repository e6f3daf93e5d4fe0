import type { Payload, TypedUser } from 'payload'

import type { Text } from '@/lib/messages'
import { extensionPoint } from '@/plugin-kit/extension-point'

import { regionGroupBlock } from './region-group'

/** A button of a block: a POST to `/api<post>` with the member's cookie, then the page refreshes. */
export type HomeBlockAction = { label: Text; post: string }

/** `href`: an outside address the item's title opens, in a new tab. */
export type HomeBlockItem = { key: string; title: string; body?: string; meta?: string; href?: string; highlight?: boolean; action?: HomeBlockAction }

export type HomeBlockContent = {
  title: Text
  items: HomeBlockItem[]
  /** Said when there are no items. */
  empty: Text
  link?: { href: string; label: Text }
  actions?: HomeBlockAction[]
}

/**
 * A block a plugin adds to the member home `/anggota` (the latest notifications, say). `load`
 * reads as the signed-in user and returns null when it has nothing for them.
 */
export type HomeBlock = { key: string; load: (payload: Payload, user: TypedUser) => Promise<HomeBlockContent | null> }

/** The plugins' blocks, in the plugins' order. */
export const memberHomeBlocks = extensionPoint<HomeBlock>('memberHomeBlocks')

/** Core's blocks first, then the plugins'. */
export const homeBlocksOf = (config: Payload['config']): HomeBlock[] => [regionGroupBlock, ...memberHomeBlocks.of(config)]
