/**
 * Every permission the roles editor offers is checked somewhere: by a policy of the live config,
 * or by code (`can`, `withPermission`, `fieldFor`, an endpoint's access, a menu item). A key
 * nothing checks would be a switch that does nothing.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Policy, Rule } from '../../src/access/policy'
import { allPermissions } from '../../src/access/registry'
import { testPayload } from '../helpers/api'

const payload: Payload = await testPayload()
const root = path.resolve(import.meta.dirname, '../..')

/** Where keys are declared and granted to roles, not checked. */
const isDeclaration = (file: string) => path.basename(file) === 'permissions.ts' || file.endsWith(path.join('src', 'access', 'roles.ts'))

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !isDeclaration(full) ? [full] : []
  })

const sources = ['collections', 'src', 'plugins'].flatMap((dir) => sourceFiles(path.join(root, dir))).map((file) => fs.readFileSync(file, 'utf8'))

/** The keys the live config's policies check. */
const policyKeys = () => {
  const policies = [...payload.config.collections, ...payload.config.globals].map((entity) => entity.custom?.policy as Partial<Policy> | undefined)
  const rules = policies.flatMap((policy) =>
    policy ? [...Object.values(policy).filter(Array.isArray).flat(), ...(policy.audience?.seesAll ? [{ permission: policy.audience.seesAll }] : [])] : [],
  ) as Rule[]
  return new Set(rules.map((rule) => rule.permission).filter(Boolean))
}

/** Declared keys that neither a policy nor any code outside the declarations names. */
const unchecked = (keys: string[]) => {
  const checked = policyKeys()
  return keys.filter((key) => !checked.has(key) && !sources.some((source) => source.includes(`'${key}'`)))
}

describe('declared permissions', () => {
  it('are each checked by a policy or by code', () => {
    expect(unchecked(allPermissions(payload.config).map((permission) => permission.key))).toEqual([])
  })

  it('would report a key nothing checks', () => {
    expect(unchecked(['audit.view', 'nothing.checks_this'])).toEqual(['nothing.checks_this'])
  })

  it('are declared once', () => {
    const keys = allPermissions(payload.config).map((permission) => permission.key)
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  })
})
