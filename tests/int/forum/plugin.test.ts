/** The plugin's configuration: it needs membership, validates its options, and stores its settings. */
import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { forumPlugin } from '../../../plugins/forum'
import { testPayload } from '../../helpers/api'

const payload = await testPayload()

describe('the forum plugin', () => {
  it('refuses to run without the membership plugin, refuses bad options, and keeps its settings in custom.forum', () => {
    expect(() => forumPlugin()({ custom: {} } as unknown as Config)).toThrow(/plugin keanggotaan diperlukan — .* \/ the membership plugin is required/)
    const withMembership = { custom: { membership: {} } } as unknown as Config
    expect(() => forumPlugin({ reportHideThreshold: 0 })(withMembership)).toThrow(/reportHideThreshold harus .* \/ reportHideThreshold must/)
    expect(() => forumPlugin({ reportHideThreshold: 2.5 })(withMembership)).toThrow(/reportHideThreshold/)
    expect(payload.config.custom.forum).toEqual({ reportHideThreshold: 3 })
  })
})
