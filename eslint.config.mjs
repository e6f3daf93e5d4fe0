import fs from 'node:fs'
import path from 'node:path'

import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const root = import.meta.dirname
const pluginNames = fs
  .readdirSync(path.join(root, 'plugins'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * The boundaries. Core (`collections/`, `src/`) never imports a plugin: plugins attach through
 * the kit and core's extension points. Only the thin route files under `src/app/` name plugins,
 * through the `@plugins/<name>` alias (payload.config.ts composes them). A plugin never imports
 * another plugin, however it spells the path: they meet through core's extension points.
 */
const coreImportsNoPlugin = {
  group: ['@plugins/**', '**/plugins/**'],
  message: 'Core does not import plugins: give the plugin an extension point (src/plugin-kit) instead.',
}
const routesUseTheAlias = {
  group: ['**/plugins/**'],
  message: 'Route files import plugins through the alias: @plugins/<name>/…',
}
const boundaries = [
  {
    files: ['collections/**', 'src/**'],
    ignores: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreImportsNoPlugin] }] },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [routesUseTheAlias] }] },
  },
  {
    files: ['plugins/**'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: pluginNames.map((name) => ({
            target: `./plugins/${name}`,
            from: './plugins',
            except: [`./${name}`],
            message: 'Plugins do not import each other: meet through an extension point in core (src/plugin-kit).',
          })),
        },
      ],
    },
  },
]

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['info', 'warn', 'error'] }],
      // Every focused or skipped test is a defect in CI.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'only' },
        { object: 'describe', property: 'skip' },
        { object: 'test', property: 'only' },
        { object: 'test', property: 'skip' },
      ],
    },
  },
  ...boundaries,
  {
    ignores: [
      '.next/**',
      '.data/**',
      '.test-data/**',
      'node_modules/**',
      'payload-types.ts',
      'migrations/*.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
]

export default config
