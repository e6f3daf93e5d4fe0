/** The plugin's configuration: it needs membership, validates its options, and stores its settings. */
import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { outreachPlugin } from '../../../plugins/outreach'
import { testPayload } from '../../helpers/api'

const payload = await testPayload()

describe('the outreach plugin', () => {
  it('refuses to run without the membership plugin, refuses bad options, and keeps its settings in custom.outreach', () => {
    expect(() => outreachPlugin()({ custom: {} } as unknown as Config)).toThrow(/plugin keanggotaan diperlukan — .* \/ the membership plugin is required/)
    const withMembership = { custom: { membership: {} } } as unknown as Config
    expect(() => outreachPlugin({ surveyMinGroupSize: 0 })(withMembership)).toThrow(/surveyMinGroupSize harus .* \/ surveyMinGroupSize must/)
    expect(payload.config.custom.outreach).toEqual({ surveyMinGroupSize: 5 })
  })
})
