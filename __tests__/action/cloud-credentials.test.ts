import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cloudSecrets } from '../../src/action/cloud-credentials.js'

const dir = mkdtempSync(join(tmpdir(), 'adw-adc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function credentialsFile(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

describe('cloudSecrets', () => {
  test('bedrock: the keys, the session token and a Bedrock API key', () => {
    const env = {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIAFAKE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session',
      AWS_BEARER_TOKEN_BEDROCK: 'bedrock-key'
    }
    expect(cloudSecrets('bedrock', env).sort()).toEqual(
      ['AKIAFAKE', 'bedrock-key', 'secret', 'session'].sort()
    )
    expect(cloudSecrets('anthropic', env)).toEqual([])
  })

  test('vertex, workload identity federation: the request token in the file’s headers', () => {
    const file = credentialsFile('gha-creds-1.json', {
      type: 'external_account',
      audience:
        '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/g',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: 'https://sts.googleapis.com/v1/token',
      credential_source: {
        url: 'https://pipelines.actions.example/token?audience=x',
        headers: { Authorization: 'Bearer request-token-123' },
        format: { type: 'json', subject_token_field_name: 'value' }
      }
    })
    expect(cloudSecrets('vertex', { GOOGLE_APPLICATION_CREDENTIALS: file }).sort()).toEqual(
      ['Bearer request-token-123', 'request-token-123'].sort()
    )
  })

  test('vertex, user credentials: the client secret and the refresh token', () => {
    const file = credentialsFile('adc.json', {
      type: 'authorized_user',
      client_id: 'id.apps.googleusercontent.com',
      client_secret: 'client-secret',
      refresh_token: 'refresh-token'
    })
    expect(cloudSecrets('vertex', { GOOGLE_APPLICATION_CREDENTIALS: file }).sort()).toEqual([
      'client-secret',
      'refresh-token'
    ])
  })

  test('vertex without a readable file has nothing to mask', () => {
    expect(cloudSecrets('vertex', {})).toEqual([])
    expect(
      cloudSecrets('vertex', { GOOGLE_APPLICATION_CREDENTIALS: join(dir, 'none.json') })
    ).toEqual([])
    const broken = credentialsFile('broken.json', '{ not json')
    expect(cloudSecrets('vertex', { GOOGLE_APPLICATION_CREDENTIALS: broken })).toEqual([])
  })
})
