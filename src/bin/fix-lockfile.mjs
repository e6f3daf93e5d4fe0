/**
 * `npm run lockfile:fix` after any `npm install`. The registry this project installs from lacks
 * some other platforms' optional binaries (e.g. @next/swc-darwin-arm64), so npm leaves them out of
 * package-lock.json — and then `npm ci` refuses the lockfile as out of sync. This adds a lock entry
 * for each such optional dependency, with the os/cpu/libc it is for, so `npm ci` accepts the
 * lockfile and skips the package on every platform it is not for.
 */
import fs from 'node:fs'

const file = new URL('../../package-lock.json', import.meta.url)
const lock = JSON.parse(fs.readFileSync(file, 'utf8'))
const packages = lock.packages

const platformOf = (name) => {
  const os = ['darwin', 'win32', 'android', 'freebsd', 'openbsd', 'openharmony', 'linux', 'netbsd', 'sunos', 'aix'].find((o) =>
    new RegExp(`-${o}(-|$)`).test(name),
  )
  const cpu = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 's390x', 'riscv64', 'wasm32', 'arm'].find((c) => new RegExp(`-${c}(-|$)`).test(name))
  const libc = os === 'linux' ? (/-musl/.test(name) ? 'musl' : /-gnu/.test(name) ? 'glibc' : undefined) : undefined
  return { os, cpu, libc }
}

/** Where Node would find `name` from the package at `from`, if the lockfile has it anywhere. */
const resolvable = (from, name) => {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true
    if (!dir) return false
  }
}

let added = 0
for (const [location, pkg] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (resolvable(location, name)) continue
    const { os, cpu, libc } = platformOf(name)
    if (!os && !cpu) continue
    const version = range.replace(/^[\^~=]/, '')
    const at = packages[`node_modules/${name}`] ? `${location}/node_modules/${name}` : `node_modules/${name}`
    packages[at] = {
      version,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    }
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.info(`package-lock.json: ${added} platform-only optional dependencies recorded.`)
