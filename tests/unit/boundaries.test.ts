/** The import boundaries of eslint.config.mjs: core never imports a plugin, plugins never import each other. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })
const boundaryRules = new Set(['no-restricted-imports', 'import/no-restricted-paths'])

/** The boundary rules a file at `file` (a fixture: it need not exist) breaks by importing `from`. */
const broken = async (file: string, from: string) => {
  const code = `import * as other from '${from}'\n\nexport const used = other\n`
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result.messages.filter((message) => message.ruleId && boundaryRules.has(message.ruleId)).map((message) => message.ruleId)
}

describe('the import boundaries', () => {
  it('fail a plugin importing another plugin, by a relative path or the alias, from any depth', async () => {
    expect(await broken('plugins/dues/fixture.ts', '../membership/options')).toEqual(['import/no-restricted-paths'])
    expect(await broken('plugins/dues/endpoints/fixture.ts', '@plugins/membership/options')).toEqual(['import/no-restricted-paths'])
    expect(await broken('plugins/membership/site/forms/fixture.ts', '../../../dues/options')).toEqual(['import/no-restricted-paths'])
  })

  it('let a plugin import itself and core', async () => {
    expect(await broken('plugins/dues/endpoints/fixture.ts', '../options')).toEqual([])
    expect(await broken('plugins/dues/fixture.ts', '@plugins/dues/options')).toEqual([])
    expect(await broken('plugins/dues/fixture.ts', '@/plugin-kit')).toEqual([])
  })

  it('fail core importing a plugin', async () => {
    expect(await broken('src/site/fixture.ts', '@plugins/dues/options')).toEqual(['no-restricted-imports'])
    expect(await broken('src/site/fixture.ts', '../../plugins/dues/options')).toEqual(['no-restricted-imports'])
    expect(await broken('collections/Users/fixture.ts', '../../plugins/membership')).toEqual(['no-restricted-imports'])
  })

  it('let the route files under src/app import plugins, through the alias only', async () => {
    const route = 'src/app/(frontend)/[lang]/fixture/page.tsx'
    expect(await broken(route, '@plugins/dues/options')).toEqual([])
    expect(await broken(route, '../../../../../plugins/dues/options')).toEqual(['no-restricted-imports'])
  })
})
