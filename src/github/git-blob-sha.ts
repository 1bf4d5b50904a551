import { createHash } from 'node:crypto'

/**
 * The object id git (and GitHub's contents API) gives a file with this content:
 * sha1("blob <byte length>\0<bytes>"). Lets a re-run see "already there" without a write.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
