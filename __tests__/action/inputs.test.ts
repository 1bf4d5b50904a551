import { afterEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  dispatchIssueNumber,
  getInputs,
  parseBranchPrefix,
  parseIssueNumber,
  parseKind,
  parseLabelKinds,
  parseLabels,
  parsePermission,
  parseRelativeDir
} from '../../src/action/inputs.js'

// @actions/core reads inputs from INPUT_<NAME> environment variables, as the runner sets them.
const setInput = (name: string, value: string) => {
  process.env[`INPUT_${name.toUpperCase()}`] = value
}

const savedEnv = { ...process.env }
afterEach(() => {
  process.env = { ...savedEnv }
  jest.restoreAllMocks()
})

/** The values @actions/core asked the runner to mask while `read` ran. */
function masked<T>(read: () => T): { result: T; masks: string[] } {
  const masks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    const command = /^::add-mask::(.*)$/m.exec(String(chunk))
    if (command) masks.push(command[1].replace(/%0A/g, '\n').replace(/%0D/g, '\r'))
    return true
  })
  return { result: read(), masks }
}

describe('inputs', () => {
  test('defaults match action.yml', () => {
    setInput('github-token', 'not-a-real-token')
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      labels: { plan: 'feature', 'plan:bug': 'bug', 'plan:chore': 'chore' },
      kind: 'feature',
      allowBots: false,
      specsDir: 'specs',
      branchPrefix: 'adw/',
      provider: 'auto',
      draft: false,
      dryRun: false
    })
    expect(inputs.issueNumber).toBeUndefined()
    expect(inputs.requiredPermission).toBeUndefined()
  })

  test('each kind has its labels; a label asks for one kind only; none turns a kind off', () => {
    expect(parseLabelKinds({ feature: 'plan, Feature', bug: 'plan:bug', chore: 'none' })).toEqual({
      plan: 'feature',
      feature: 'feature',
      'plan:bug': 'bug'
    })
    expect(() => parseLabelKinds({ feature: 'plan', bug: 'Plan', chore: 'none' })).toThrow(
      /`bug-label`.*"plan" already asks for a feature plan/
    )
    setInput('github-token', 'x')
    setInput('bug-label', 'defect')
    expect(getInputs().labels).toEqual({
      plan: 'feature',
      defect: 'bug',
      'plan:chore': 'chore'
    })
  })

  test('kind: from the input or the workflow_dispatch inputs; unknown kinds named', () => {
    expect(parseKind('Bug')).toBe('bug')
    expect(() => parseKind('epic')).toThrow(/`kind`.*feature, bug, chore/)
    setInput('github-token', 'x')
    expect(getInputs({ inputs: { kind: 'chore' } }).kind).toBe('chore')
  })

  test('required-permission: a GitHub role, or none', () => {
    expect(parsePermission('Write')).toBe('write')
    expect(parsePermission('none')).toBeUndefined()
    expect(parsePermission(undefined)).toBeUndefined()
    expect(() => parsePermission('owner')).toThrow(/required-permission.*triage/)
  })

  test('labels are trimmed, lowercased and de-duplicated; empty is refused', () => {
    expect(parseLabels(' Plan, needs-plan ,plan')).toEqual(['plan', 'needs-plan'])
    expect(() => parseLabels(' , ')).toThrow(/label/)
  })

  test('issue numbers: #12 and 12 accepted, anything else named', () => {
    expect(parseIssueNumber('#12')).toBe(12)
    expect(parseIssueNumber(' 7 ')).toBe(7)
    expect(parseIssueNumber('')).toBeUndefined()
    for (const bad of ['0', '-3', '1.5', 'abc', '12abc'])
      expect(() => parseIssueNumber(bad)).toThrow(/issue-number/)
  })

  test('workflow_dispatch inputs supply the issue number', () => {
    expect(dispatchIssueNumber({ inputs: { 'issue-number': '42' } })).toBe('42')
    expect(dispatchIssueNumber({ inputs: { issue_number: 9 } })).toBe('9')
    expect(dispatchIssueNumber({ inputs: {} })).toBeUndefined()
    setInput('github-token', 'x')
    expect(getInputs({ inputs: { 'issue-number': '5' } }).issueNumber).toBe(5)
  })

  test('specs-dir cannot leave the repository', () => {
    expect(parseRelativeDir('./docs/specs/', 'specs-dir')).toBe('docs/specs')
    for (const bad of ['/etc', '../x', 'a/../../b', '.', '.git/x', 'C:/x']) {
      expect(() => parseRelativeDir(bad, 'specs-dir')).toThrow(/specs-dir/)
    }
  })

  test('branch-prefix must be usable in a ref', () => {
    expect(parseBranchPrefix('plans/')).toBe('plans/')
    for (const bad of ['a..b', 'has space', '/abs', 'a//b', 'x~1'])
      expect(() => parseBranchPrefix(bad)).toThrow()
  })

  test('bad provider, flag and URL values name the input', () => {
    setInput('github-token', 'x')
    setInput('provider', 'gemini')
    expect(() => getInputs()).toThrow(/provider/)
    setInput('provider', 'openai')
    setInput('dry-run', 'maybe')
    expect(() => getInputs()).toThrow(/dry-run/)
    setInput('dry-run', 'true')
    setInput('openai-base-url', 'ftp://x')
    expect(() => getInputs()).toThrow(/openai-base-url/)
  })

  test('cloud providers: AWS from its variables, Vertex inputs defaulting to GOOGLE_CLOUD_*, all masked', () => {
    setInput('github-token', 'x')
    setInput('provider', 'bedrock')
    Object.assign(process.env, {
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFORTESTS',
      AWS_SECRET_ACCESS_KEY: 'fake-aws-secret',
      AWS_SESSION_TOKEN: 'fake-aws-session-token',
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9',
      GOOGLE_CLOUD_PROJECT: 'env-project',
      GOOGLE_CLOUD_LOCATION: 'us-east5'
    })
    const bedrock = masked(() => getInputs())
    expect(bedrock.result.aws).toEqual({
      region: 'eu-west-1',
      accessKeyId: 'AKIAFAKEFORTESTS',
      secretAccessKey: 'fake-aws-secret',
      sessionToken: 'fake-aws-session-token',
      endpoint: 'http://127.0.0.1:9'
    })
    expect(bedrock.masks).toEqual(
      expect.arrayContaining(['AKIAFAKEFORTESTS', 'fake-aws-secret', 'fake-aws-session-token'])
    )

    setInput('provider', 'vertex')
    expect(getInputs()).toMatchObject({ vertexProject: 'env-project', vertexLocation: 'us-east5' })
    setInput('vertex-project', 'input-project')
    setInput('vertex-location', 'europe-west4')
    setInput('vertex-base-url', 'https://europe-west4-aiplatform.example.com')
    expect(getInputs()).toMatchObject({
      vertexProject: 'input-project',
      vertexLocation: 'europe-west4',
      vertexBaseUrl: 'https://europe-west4-aiplatform.example.com'
    })

    setInput('provider', 'google')
    setInput('google-api-key', 'fake-gemini-key')
    setInput('google-base-url', 'http://127.0.0.1:8/v1beta')
    const google = masked(() => getInputs())
    expect(google.result).toMatchObject({
      googleApiKey: 'fake-gemini-key',
      googleBaseUrl: 'http://127.0.0.1:8/v1beta'
    })
    expect(google.masks).toContain('fake-gemini-key')
    // The AWS values are masked when Bedrock is the provider, not for every run.
    expect(google.masks).not.toContain('fake-aws-secret')
    setInput('vertex-base-url', 'not a url')
    expect(() => getInputs()).toThrow(/vertex-base-url/)
  })

  test('vertex masks the private key of a service-account key file, line by line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'adw-adc-'))
    try {
      const privateKey =
        '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n'
      const file = join(dir, 'sa.json')
      writeFileSync(
        file,
        JSON.stringify({
          type: 'service_account',
          private_key_id: 'key-id-123',
          private_key: privateKey,
          client_email: 'a@b.iam.gserviceaccount.com'
        })
      )
      process.env.GOOGLE_APPLICATION_CREDENTIALS = file
      setInput('github-token', 'x')
      setInput('provider', 'vertex')
      const { masks } = masked(() => getInputs())
      expect(masks).toEqual(
        expect.arrayContaining([
          privateKey,
          'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
          'BKcwggSjAgEAAoIBAQC7',
          'key-id-123'
        ])
      )
      expect(masks).not.toContain('a@b.iam.gserviceaccount.com')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
