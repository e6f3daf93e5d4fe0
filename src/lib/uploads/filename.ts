import crypto from 'node:crypto'

/**
 * The name a file is shown and downloaded under: the uploader's own, without control or
 * reserved characters. A name that is a path (`../x`, `/etc/x`, `C:\x`) is refused, not quietly
 * shortened: it is either a mistake or an attack, and the uploader should know.
 */
export const isPathLike = (name: string) => /[/\\]/.test(name) || name.split('.').every((part) => part === '') || /^[a-zA-Z]:/.test(name)

// Control characters and the ones file systems and headers reserve.
const RESERVED = /[\u0000-\u001f\u007f<>:"|?*]/g

export const displayName = (name: string) => name.normalize('NFC').replace(RESERVED, '_').trim().slice(0, 255)

/** Files are stored under a random name: nothing the uploader chose reaches the file system. */
export const storedName = (extension: string) => `${crypto.randomUUID()}.${extension}`
