import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` OS
 * user. That user must be able to reach the binaries and the data directory; a clone in root's
 * home (mode 700) gives it neither, so both then move under ROOT_RUNTIME_DIR, which root owns and
 * everyone may traverse.
 */
export const ROOT_RUNTIME_DIR = process.env.BALAI_ROOT_RUNTIME_DIR ?? '/var/lib/balai'

/** ROOT_RUNTIME_DIR, made when missing and kept enterable by everyone (a umask may have narrowed it). */
const runtimeDir = () => {
  fs.mkdirSync(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o755 })
  fs.chmodSync(ROOT_RUNTIME_DIR, 0o755)
}

export type OsUser = { name: string; uid: number; gid: number }

const idOf = (flag: '-u' | '-g', name: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim())

const lookUp = (name: string): OsUser | null => {
  try {
    return { name, uid: idOf('-u', name), gid: idOf('-g', name) }
  } catch {
    return null
  }
}

/** The `postgres` OS user, created (a system user without a home or shell) when missing. */
export const postgresUser = (): OsUser => {
  const existing = lookUp('postgres')
  if (existing) return existing
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
      stdio: 'pipe',
    })
  } catch (error) {
    throw new Error(
      `As root the embedded PostgreSQL runs as the "postgres" OS user, which does not exist and could not be created (${String(error).split('\n')[0]}): create it with "useradd --system --user-group postgres", or run Balai as a normal user.`,
    )
  }
  return lookUp('postgres')!
}

/** Whether `user` may enter (and read) `target`, asked of the kernel as that user: ACLs count too. */
export const canReach = (user: OsUser, target: string) =>
  spawnSync('/bin/sh', ['-c', 'test -x "$1" && test -r "$1"', 'sh', target], { uid: user.uid, gid: user.gid }).status === 0

/**
 * The binaries' directory as `user` can run them: in place when reachable, otherwise a copy kept
 * under ROOT_RUNTIME_DIR per version (written to a temporary name, then renamed, so two starts
 * at once never run a half-copied tree).
 */
export const reachableBinaries = (user: OsUser, nativeDir: string, version: string): string => {
  if (canReach(user, path.join(nativeDir, 'bin'))) return nativeDir
  const target = path.join(ROOT_RUNTIME_DIR, `postgres-${version}`)
  if (fs.existsSync(path.join(target, 'bin', 'postgres'))) return target
  runtimeDir()
  const partial = `${target}.partial-${process.pid}`
  fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true })
  fs.chmodSync(partial, 0o755)
  try {
    fs.renameSync(partial, target)
  } catch {
    // Another process finished its copy first: use that one.
    fs.rmSync(partial, { recursive: true, force: true })
  }
  return target
}

/**
 * Where `user` keeps the cluster asked for in `dir`: `dir` itself when its parent is reachable,
 * otherwise a directory under ROOT_RUNTIME_DIR named after `dir`, so each clone has its own.
 */
export const reachableDataDir = (user: OsUser, dir: string): string => {
  const parent = path.dirname(dir)
  fs.mkdirSync(parent, { recursive: true })
  if (canReach(user, parent)) return dir
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(
      `The PostgreSQL data in ${dir} is out of reach of the "postgres" OS user that runs the server as root: move the clone to a directory everyone may enter (e.g. /srv), or run Balai as a normal user.`,
    )
  }
  const id = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)
  const home = path.join(ROOT_RUNTIME_DIR, `${path.basename(path.resolve(dir, '../..'))}-${id}`)
  runtimeDir()
  fs.mkdirSync(home, { mode: 0o755, recursive: true })
  return path.join(home, path.basename(dir))
}

/** Creates `dir` (mode 700) owned by `user`, as PostgreSQL requires of its data directory. */
export const ownedDataDir = (user: OsUser, dir: string) => {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  fs.chownSync(dir, user.uid, user.gid)
  fs.chmodSync(dir, 0o700)
}
