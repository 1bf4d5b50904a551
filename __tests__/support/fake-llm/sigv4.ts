// AWS Signature Version 4, checked the way AWS checks it: the canonical request is rebuilt from
// what arrived on the wire and signed again with the secret the fake knows. Written from AWS's
// published description of the algorithm (canonical request, string to sign, HMAC chain).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { RawRequest } from './http.js'

export interface AwsTestCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  region: string
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/** AWS's URI encoding: everything but `A-Z a-z 0-9 - _ . ~` as upper-case `%XX`. */
function uriEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map(byte =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    )
    .join('')
}

/**
 * Every service but S3 encodes the path segments again as sent (already encoded once), so a
 * model id's `:` arrives as `%3A` and is signed as `%253A`.
 */
function canonicalPath(path: string): string {
  return path.split('/').map(uriEncode).join('/') || '/'
}

function canonicalQuery(query: string): string {
  return query
    .split('&')
    .filter(Boolean)
    .map(pair => pair.split('=').map(part => uriEncode(decodeURIComponent(part ?? ''))))
    .map(([name, value = '']) => `${name}=${value}`)
    .sort()
    .join('&')
}

function header(request: RawRequest, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

const authorizationPattern =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;.-]+), ?Signature=([0-9a-f]{64})$/

/** Undefined when the request is signed by these credentials for `service`; else why not. */
export function sigV4Problem(
  request: RawRequest,
  expected: AwsTestCredentials & { service: string }
): string | undefined {
  const match = authorizationPattern.exec(header(request, 'authorization') ?? '')
  if (!match) return 'missing or malformed SigV4 Authorization header'
  const [, accessKeyId, day, region, service, signedList, signature] = match
  if (accessKeyId !== expected.accessKeyId)
    return 'The security token included in the request is invalid.'
  if (region !== expected.region)
    return `credential scope names region ${region}, not ${expected.region}`
  if (service !== expected.service)
    return `credential scope names service ${service}, not ${expected.service}`

  const stamp = header(request, 'x-amz-date') ?? ''
  const time = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)
  if (!time || !stamp.startsWith(day)) return 'missing X-Amz-Date, or not the credential scope day'
  const signedAt = Date.UTC(+time[1], +time[2] - 1, +time[3], +time[4], +time[5], +time[6])
  if (Math.abs(Date.now() - signedAt) > 15 * 60 * 1000) return 'Signature expired'

  const signed = signedList.split(';')
  if (signed.join(';') !== [...signed].sort().join(';')) return 'SignedHeaders are not sorted'
  for (const required of ['host', 'x-amz-date']) {
    if (!signed.includes(required)) return `${required} is not signed`
  }
  const token = header(request, 'x-amz-security-token')
  if (token !== expected.sessionToken)
    return 'The security token included in the request is invalid.'
  if (token !== undefined && !signed.includes('x-amz-security-token')) {
    return 'X-Amz-Security-Token is not signed'
  }
  const values = signed.map(name => header(request, name))
  if (values.includes(undefined)) return 'a signed header is not in the request'

  // The signature covers the body through its hash, so the hash must be the body's.
  const bodyHash = sha256(request.body)
  const declaredHash = header(request, 'x-amz-content-sha256')
  if (declaredHash !== undefined && declaredHash !== bodyHash) {
    return 'X-Amz-Content-Sha256 is not the hash of the body'
  }
  const [path, query = ''] = request.url.split('?')
  const canonicalRequest = [
    request.method,
    canonicalPath(path),
    canonicalQuery(query),
    signed.map((name, i) => `${name}:${values[i]?.trim().replace(/\s+/g, ' ')}\n`).join(''),
    signedList,
    bodyHash
  ].join('\n')
  const scope = `${day}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonicalRequest)].join('\n')
  const key = [day, region, service, 'aws4_request'].reduce<Buffer | string>(
    (previous, part) => hmac(previous, part),
    `AWS4${expected.secretAccessKey}`
  )
  const wanted = hmac(key, stringToSign)
  const given = Buffer.from(signature, 'hex')
  return given.length === wanted.length && timingSafeEqual(given, wanted)
    ? undefined
    : 'The request signature we calculated does not match the signature you provided.'
}
