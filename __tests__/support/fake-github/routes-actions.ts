import { errorBody } from './responses.js'
import { json, type Routes } from './route-types.js'

/** A workflow file the fake knows (FakeGitHub.addWorkflow). */
export interface FakeWorkflow {
  id: number
  /** File name, e.g. implement.yml: what workflow_id names besides the numeric id. */
  file: string
  /** Whether it has an `on: workflow_dispatch` trigger. */
  dispatch: boolean
  /** Declared workflow_dispatch inputs. */
  inputs: string[]
  /** Inputs declared `required: true` without a default. */
  required: string[]
}

/** One accepted actions/create-workflow-dispatch call, as recorded in FakeGitHub.dispatches. */
export interface FakeDispatch {
  /** The workflow's file name (also when it was dispatched by its numeric id). */
  workflow: string
  ref: string
  inputs: Record<string, unknown>
}

const DOCS = 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event'
// Observed GitHub answers; none of these messages is in the OpenAPI description.
const unprocessable = (message: string) =>
  json(422, { ...errorBody(422, message), documentation_url: DOCS })

export const actionRoutes: Routes = {
  async 'actions/create-workflow-dispatch'({ fake, params, body }) {
    const workflow = fake.workflowFor(params.workflow_id!)
    if (!workflow) return json(404, errorBody(404, 'Not Found'))
    if (!workflow.dispatch) {
      return unprocessable("Workflow does not have 'workflow_dispatch' trigger")
    }
    const ref = String(body.ref)
    if (!(await fake.resolveBranchOrTag(ref))) return unprocessable(`No ref found for: ${ref}`)
    const inputs: Record<string, unknown> = body.inputs ?? {}
    const unexpected = Object.keys(inputs).filter(name => !workflow.inputs.includes(name))
    if (unexpected.length > 0) {
      return unprocessable(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
    }
    const missing = workflow.required.find(name => inputs[name] === undefined)
    if (missing) return unprocessable(`Required input '${missing}' not provided`)
    fake.dispatches.push({ workflow: workflow.file, ref, inputs })
    if (body.return_run_details !== true) return { status: 204 }
    const runId = 30_000_000_000 + fake.dispatches.length
    return json(200, {
      workflow_run_id: runId,
      run_url: `${fake.urls.api}/repos/${fake.owner}/${fake.repo}/actions/runs/${runId}`,
      html_url: `${fake.urls.html}/${fake.owner}/${fake.repo}/actions/runs/${runId}`
    })
  }
}
