export const id = 454;
export const ids = [454];
export const modules = {

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 3 modules
var github = __webpack_require__(722);
// EXTERNAL MODULE: ./src/plan/llm/providers.ts
var providers = __webpack_require__(3745);
// EXTERNAL MODULE: ./src/plan/llm/provider-environment.ts
var provider_environment = __webpack_require__(5294);
// EXTERNAL MODULE: ./src/pipeline/options.ts
var options = __webpack_require__(4920);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/action/cloud-credentials.ts
// The cloud credentials a run uses, found so they can be masked before anything prints them.
// aws-actions/configure-aws-credentials and google-github-actions/auth mask what they export,
// but a workflow can set the variables itself, and the private key in a service-account key
// file is no variable at all.

// Fields of Application Default Credentials files that hold a secret: service-account keys,
// user credentials (`gcloud auth application-default login`), and under `headers`, the
// request token of a workload identity federation file.
const secretFields = new Set(['private_key', 'private_key_id', 'client_secret', 'refresh_token']);
/**
 * The value, and the pieces of it a log line can hold on its own: the runner masks line by
 * line, so each line of a PEM key is masked too, and a bearer token without its scheme.
 */
function cloud_credentials_forms(value) {
    const lines = value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line.length >= 8 && !line.startsWith('-----'));
    const bearer = /^Bearer\s+(\S+)$/i.exec(value.trim());
    return [value, ...(lines.length > 1 ? lines : []), ...(bearer ? [bearer[1]] : [])];
}
function secretsIn(value, key = '', underHeaders = false) {
    if (typeof value === 'string') {
        return value.trim() && (underHeaders || secretFields.has(key)) ? cloud_credentials_forms(value) : [];
    }
    if (typeof value !== 'object' || value === null)
        return [];
    return Object.entries(value).flatMap(([name, inner]) => secretsIn(inner, name, underHeaders || name.toLowerCase() === 'headers'));
}
/** The secrets in the credentials file ADC reads; none when there is no readable file. */
function googleCredentialFileSecrets(path) {
    if (!path?.trim())
        return [];
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        // Nothing readable here, so nothing to leak; the provider reports the file when it fails.
        return [];
    }
    return secretsIn(parsed);
}
/** Every secret the named provider will use from the environment (inputs are masked apart). */
function cloudSecrets(provider, env) {
    const found = provider === 'bedrock'
        ? [
            env.AWS_ACCESS_KEY_ID,
            env.AWS_SECRET_ACCESS_KEY,
            env.AWS_SESSION_TOKEN,
            env.AWS_BEARER_TOKEN_BEDROCK
        ]
        : provider === 'vertex'
            ? [
                env.GOOGLE_VERTEX_API_KEY,
                ...googleCredentialFileSecrets(env.GOOGLE_APPLICATION_CREDENTIALS)
            ]
            : [];
    return [...new Set(found.filter((value) => !!value?.trim()))];
}

// EXTERNAL MODULE: ./src/plan/format/naming.ts
var naming = __webpack_require__(4603);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every action input, read and validated in one place, so a typo in a workflow fails the run
// before anything is written, with a message that names the input.







/** Repository roles in increasing order of access, as GitHub names them. */
const permissionLevels = ['read', 'triage', 'write', 'maintain', 'admin'];
/** What `history-depth` is when a workflow leaves it out. */
const DEFAULT_HISTORY_DEPTH = 3000;
function optional(name) {
    const value = core/* getInput */.V4(name).trim();
    return value === '' ? undefined : value;
}
function flag(name, fallback) {
    const value = optional(name)?.toLowerCase();
    if (value === undefined)
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new options/* InputError */.dz(name, `expected true or false, got "${value}"`);
}
/** Branch prefixes become part of a ref name: keep them to what git accepts everywhere. */
function parseBranchPrefix(raw) {
    if (raw === '')
        return raw;
    if (!/^[A-Za-z0-9._/-]+$/.test(raw) ||
        raw.includes('..') ||
        raw.startsWith('/') ||
        raw.includes('//')) {
        throw new options/* InputError */.dz('branch-prefix', `"${raw}" is not usable in a branch name`);
    }
    return raw;
}
function parseLabels(raw, name = 'label') {
    const labels = raw
        .split(',')
        .map(label => label.trim().toLowerCase())
        .filter(Boolean);
    if (labels.length === 0)
        throw new options/* InputError */.dz(name, 'name at least one trigger label');
    return [...new Set(labels)];
}
/**
 * Maps every trigger label to its plan kind. `none` turns a kind off; a label may ask for one
 * kind only, or a single labelling would be two plans.
 */
function parseLabelKinds(raw) {
    const kinds = {};
    for (const kind of naming/* planKinds */.x8) {
        const name = kind === 'feature' ? 'label' : `${kind}-label`;
        if (kind !== 'feature' && raw[kind].trim().toLowerCase() === 'none')
            continue;
        for (const label of parseLabels(raw[kind], name)) {
            const taken = kinds[label];
            if (taken) {
                throw new options/* InputError */.dz(name, `"${label}" already asks for a ${taken} plan; use another label`);
            }
            kinds[label] = kind;
        }
    }
    return kinds;
}
function parseKind(raw, name = 'kind') {
    const value = (raw ?? 'feature').trim().toLowerCase();
    if (!(0,naming/* isPlanKind */.y_)(value)) {
        throw new options/* InputError */.dz(name, `expected one of ${naming/* planKinds */.x8.join(', ')}, got "${raw}"`);
    }
    return value;
}
function parsePermission(raw, name = 'required-permission') {
    const value = raw?.trim().toLowerCase();
    if (!value || value === 'none' || value === 'any')
        return undefined;
    if (!permissionLevels.includes(value)) {
        throw new options/* InputError */.dz(name, `expected one of ${permissionLevels.join(', ')} (or none), got "${raw}"`);
    }
    return value;
}
/** One word starting with a punctuation mark people do not type by chance: `/plan`, `!plan`. */
function parseCommentCommand(raw) {
    const value = raw.trim();
    if (!/^[/!.#@][\w:-]+$/.test(value)) {
        throw new options/* InputError */.dz('comment-command', `expected one word such as /plan, starting with / or !, got "${raw}"`);
    }
    return value;
}
/** The approval label must not be a trigger label: with a token that starts workflows, it would re-plan the issue. */
function parseApprovedLabel(raw, triggers) {
    const value = raw?.trim();
    if (!value)
        return undefined;
    if (value.includes(','))
        throw new options/* InputError */.dz('approved-label', 'name one label');
    if (Object.hasOwn(triggers, value.toLowerCase())) {
        throw new options/* InputError */.dz('approved-label', `"${value}" is a trigger label; adding it would start a new plan`);
    }
    return value;
}
/** A workflow file name in `.github/workflows/` (`build.yml`) or a workflow's numeric id. */
function parseWorkflow(raw) {
    const value = raw?.trim().replace(/^\.github\/workflows\//, '');
    if (!value)
        return undefined;
    if (!/^(?:[\w.-]+\.ya?ml|\d+)$/.test(value)) {
        throw new options/* InputError */.dz('approved-workflow', `expected a workflow file name such as build.yml (or its id), got "${raw}"`);
    }
    return value;
}
function parseProvider(raw) {
    const value = (raw ?? 'auto').toLowerCase();
    if (!providers/* providerChoices */.iY.includes(value)) {
        throw new options/* InputError */.dz('provider', `expected one of ${providers/* providerChoices */.iY.join(', ')}, got "${raw}"`);
    }
    return value;
}
function parseUrl(name) {
    const value = optional(name);
    if (value === undefined)
        return undefined;
    try {
        const url = new URL(value);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new Error('not http(s)');
    }
    catch {
        throw new options/* InputError */.dz(name, `expected an http(s) URL, got "${value}"`);
    }
    return value;
}
function secret(name) {
    const value = optional(name);
    // Masked before anything can log it, even if it came from a plain variable rather than a secret.
    if (value)
        core/* setSecret */.Pq(value);
    return value;
}
/**
 * workflow_dispatch inputs arrive in the event payload (`github.event.inputs`), so a workflow
 * that declares `issue-number` (or `issue_number`) works without also wiring `with:`.
 */
function dispatchIssueNumber(payload) {
    return dispatchInput(payload, ['issue-number', 'issue_number', 'issue']);
}
function dispatchInput(payload, keys) {
    const inputs = payload?.inputs;
    if (!inputs)
        return undefined;
    for (const key of keys) {
        const value = inputs[key];
        if (value !== undefined && value !== null && String(value).trim() !== '')
            return String(value);
    }
    return undefined;
}
/**
 * The provider inputs. Bedrock has none of its own: it takes AWS's variables, as
 * aws-actions/configure-aws-credentials exports them. The cloud credentials the chosen provider
 * will use are masked here, with the keys.
 */
function providerInputs(env) {
    const provider = parseProvider(optional('provider'));
    for (const value of cloudSecrets(provider, env))
        core/* setSecret */.Pq(value);
    const vertexDefaults = (0,provider_environment/* vertexDefaultsFrom */.fL)(env);
    return {
        provider,
        model: optional('model'),
        anthropicApiKey: secret('anthropic-api-key'),
        anthropicBaseUrl: parseUrl('anthropic-base-url'),
        openaiApiKey: secret('openai-api-key'),
        openaiBaseUrl: parseUrl('openai-base-url'),
        googleApiKey: secret('google-api-key'),
        googleBaseUrl: parseUrl('google-base-url'),
        vertexProject: optional('vertex-project') ?? vertexDefaults.vertexProject,
        vertexLocation: optional('vertex-location') ?? vertexDefaults.vertexLocation,
        vertexBaseUrl: parseUrl('vertex-base-url'),
        aws: (0,provider_environment/* awsSettingsFrom */.hb)(env)
    };
}
function getInputs(eventPayload) {
    const token = optional('github-token') ?? process.env.GITHUB_TOKEN ?? '';
    if (token)
        core/* setSecret */.Pq(token);
    const rawIssue = optional('issue-number') ?? dispatchIssueNumber(eventPayload);
    const labels = parseLabelKinds({
        feature: optional('label') ?? 'plan',
        bug: optional('bug-label') ?? 'plan:bug',
        chore: optional('chore-label') ?? 'plan:chore'
    });
    return {
        token,
        labels,
        kind: parseKind(optional('kind') ?? dispatchInput(eventPayload, ['kind'])),
        allowBots: flag('allow-bots', false),
        requiredPermission: parsePermission(optional('required-permission')),
        commentCommand: parseCommentCommand(optional('comment-command') ?? '/plan'),
        commentPermission: parsePermission(optional('comment-permission') ?? 'write', 'comment-permission'),
        approvedLabel: parseApprovedLabel(optional('approved-label'), labels),
        approvedWorkflow: parseWorkflow(optional('approved-workflow')),
        issueNumber: (0,options/* parseIssueNumber */.id)(rawIssue),
        baseBranch: optional('base-branch'),
        specsDir: (0,options/* parseRelativeDir */.NR)(optional('specs-dir') ?? 'specs', 'specs-dir'),
        branchPrefix: parseBranchPrefix(optional('branch-prefix') ?? 'adw/'),
        ...providerInputs(process.env),
        templatesDir: optional('templates-dir')
            ? (0,options/* parseRelativeDir */.NR)(optional('templates-dir'), 'templates-dir')
            : undefined,
        historyCommits: (0,options/* parseHistoryCommits */.mf)(optional('history-depth'), 'history-depth') ?? DEFAULT_HISTORY_DEPTH,
        draft: flag('draft', false),
        dryRun: flag('dry-run', false)
    };
}

;// CONCATENATED MODULE: ./src/action/events/command.ts
// The comment command: `/plan <feedback>` as the first non-empty line of a comment or review.
// Read from the event alone, so an ordinary comment ends the run before any request.

/**
 * The feedback after the command ('' for a bare command), or undefined when the body does not
 * start with it. Case-insensitive; the command must be followed by a space, a line break or the
 * end, so `/planner` is not `/plan`.
 */
function readCommand(body, command) {
    if (typeof body !== 'string')
        return undefined;
    const text = body.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '');
    const first = text.trimStart();
    if (first.slice(0, command.length).toLowerCase() !== command.toLowerCase())
        return undefined;
    const rest = first.slice(command.length);
    if (rest !== '' && !/^[ \t\n]/.test(rest))
        return undefined;
    return rest.replace(/^[ \t]+/, '').trim();
}
/** On an issue, the feedback may start with the kind of plan it asks for: `/plan bug …`. */
function splitKind(feedback) {
    const match = /^(\w+)(?:[ \t]+|\n|$)/.exec(feedback);
    const word = match?.[1].toLowerCase();
    if (!match || !(0,naming/* isPlanKind */.y_)(word))
        return { feedback };
    return { kind: word, feedback: feedback.slice(match[0].length).trim() };
}

;// CONCATENATED MODULE: ./src/action/events/payload.ts
// The parts of a webhook payload every event reader needs: the issue, who sent the event, and
// whether an issue can be planned at all. Read defensively: payloads are data, not promises.
class TriggerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TriggerError';
    }
}
function labelNames(labels) {
    if (!Array.isArray(labels))
        return [];
    return labels
        .map(label => (typeof label === 'string' ? label : String(label?.name ?? '')))
        .filter(Boolean);
}
/** Normalises a webhook or REST issue object. */
function toTriggerIssue(raw) {
    if (typeof raw.number !== 'number')
        throw new TriggerError('The event carries no issue number.');
    return {
        number: raw.number,
        title: typeof raw.title === 'string' ? raw.title : '',
        // GitHub sends `null` for an issue created with no description.
        body: typeof raw.body === 'string' ? raw.body : '',
        htmlUrl: typeof raw.html_url === 'string' ? raw.html_url : '',
        labels: labelNames(raw.labels),
        state: typeof raw.state === 'string' ? raw.state : 'open',
        locked: raw.locked === true,
        isPullRequest: raw.pull_request !== undefined && raw.pull_request !== null
    };
}
function readSender(payload) {
    const sender = payload.sender;
    if (typeof sender?.login !== 'string')
        return undefined;
    // Apps act as `name[bot]` users of type Bot; the suffix also catches payloads without a type.
    return { login: sender.login, isBot: sender.type === 'Bot' || sender.login.endsWith('[bot]') };
}
/** Checks that apply however the issue was found. */
function issueSkipReason(issue) {
    if (issue.isPullRequest)
        return `#${issue.number} is a pull request; plans are made for issues only.`;
    if (issue.state === 'closed')
        return `issue #${issue.number} is closed; reopen it to plan it.`;
    // A locked conversation is closed to newcomers; a bot adding a branch and comments to it would
    // be the kind of surprise maintainers lock issues to avoid.
    if (issue.locked)
        return `issue #${issue.number} is locked; unlock it to plan it.`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/events/pull-request-events.ts
// The events around a plan pull request, read from the payload alone: a `/plan` comment or review
// asking for a revision, and the merge that hands the plan off. A plan pull request is one whose
// head branch is `{branch-prefix}{kind}-{issue}` in this same repository.



const pull_request_events_text = (value) => (typeof value === 'string' ? value : undefined);
function botReason(sender, allowBots) {
    return sender?.isBot && !allowBots
        ? `the event was caused by the bot ${sender.login}; set \`allow-bots: true\` to act for bots.`
        : undefined;
}
/** The plan pull request the payload describes, or why it is not one. */
function readPlanPull(raw, repository, branchPrefix) {
    const headRef = pull_request_events_text(raw?.head?.ref);
    if (!raw || typeof raw.number !== 'number' || !headRef) {
        return { kind: 'skip', reason: 'the event carries no pull request.' };
    }
    const plan = (0,naming/* parsePlanBranch */.dF)(branchPrefix, headRef);
    if (!plan) {
        return {
            kind: 'skip',
            reason: `pull request #${raw.number} is not a plan pull request (its branch is not ${branchPrefix}{kind}-{issue}).`
        };
    }
    // A fork's branch can carry any name: only a branch of this repository is a plan branch.
    const own = pull_request_events_text(repository?.full_name);
    if (!own || pull_request_events_text(raw.head?.repo?.full_name) !== own) {
        return { kind: 'skip', reason: `pull request #${raw.number} comes from another repository.` };
    }
    return {
        number: raw.number,
        url: pull_request_events_text(raw.html_url),
        headRef,
        headSha: pull_request_events_text(raw.head?.sha),
        baseRef: pull_request_events_text(raw.base?.ref),
        body: pull_request_events_text(raw.body) ?? '',
        state: pull_request_events_text(raw.state) ?? 'open',
        kind: plan.kind,
        adwId: plan.adwId
    };
}
/** `issue_comment.created`, on an issue or a pull request. */
function readCommentEvent(options) {
    const { payload } = options;
    const comment = payload.comment;
    if (payload.action !== 'created') {
        return { kind: 'skip', reason: `issue_comment.${String(payload.action)} is not a command.` };
    }
    const feedback = readCommand(comment?.body, options.commentCommand);
    if (feedback === undefined || typeof comment?.id !== 'number') {
        return { kind: 'skip', reason: `the comment does not start with ${options.commentCommand}.` };
    }
    const sender = readSender(payload);
    const bot = botReason(sender, options.allowBots);
    if (bot)
        return { kind: 'skip', reason: bot };
    const rawIssue = payload.issue;
    if (!rawIssue)
        return { kind: 'skip', reason: 'the comment event carries no issue.' };
    const issue = toTriggerIssue(rawIssue);
    const source = {
        type: 'issue-comment',
        id: comment.id,
        url: pull_request_events_text(comment.html_url),
        association: pull_request_events_text(comment.author_association)
    };
    if (issue.isPullRequest) {
        if (issue.state !== 'open') {
            return { kind: 'skip', reason: `pull request #${issue.number} is not open.` };
        }
        return {
            kind: 'revise',
            pullNumber: issue.number,
            feedback,
            source,
            sender,
            via: 'issue_comment'
        };
    }
    const skip = issueSkipReason(issue);
    if (skip)
        return { kind: 'skip', reason: skip };
    const { kind, feedback: rest } = splitKind(feedback);
    return {
        kind: 'revise',
        issue,
        requestedKind: kind,
        feedback: rest,
        source,
        sender,
        via: 'issue_comment'
    };
}
/** `pull_request_review.submitted` on a plan pull request. */
function readReviewEvent(options) {
    const { payload } = options;
    const review = payload.review;
    if (payload.action !== 'submitted') {
        return {
            kind: 'skip',
            reason: `pull_request_review.${String(payload.action)} is not a command.`
        };
    }
    const feedback = readCommand(review?.body, options.commentCommand);
    if (feedback === undefined || typeof review?.id !== 'number') {
        return { kind: 'skip', reason: `the review does not start with ${options.commentCommand}.` };
    }
    const sender = readSender(payload);
    const bot = botReason(sender, options.allowBots);
    if (bot)
        return { kind: 'skip', reason: bot };
    const pull = readPlanPull(payload.pull_request, payload.repository, options.branchPrefix);
    if ('kind' in pull && pull.kind === 'skip')
        return pull;
    const plan = pull;
    if (plan.state !== 'open')
        return { kind: 'skip', reason: `pull request #${plan.number} is not open.` };
    return {
        kind: 'revise',
        pull: plan,
        feedback,
        source: {
            type: 'review',
            id: review.id,
            nodeId: pull_request_events_text(review.node_id),
            url: pull_request_events_text(review.html_url),
            association: pull_request_events_text(review.author_association)
        },
        sender,
        via: 'pull_request_review'
    };
}
/** `pull_request.closed` of a merged plan pull request: the plan is approved. */
function readMergeEvent(options) {
    const { payload } = options;
    const raw = payload.pull_request;
    if (payload.action !== 'closed') {
        return {
            kind: 'skip',
            reason: `pull_request.${String(payload.action)} events are not planned; label an issue instead.`
        };
    }
    // GitHub sets merge_commit_sha on unmerged pull requests too (the test merge): only `merged` says.
    if (raw?.merged !== true) {
        return {
            kind: 'skip',
            reason: `pull request #${String(raw?.number)} was closed without merging.`
        };
    }
    const pull = readPlanPull(raw, payload.repository, options.branchPrefix);
    if ('kind' in pull && pull.kind === 'skip')
        return pull;
    const sender = readSender(payload);
    return {
        kind: 'handoff',
        pull: {
            ...pull,
            mergeCommitSha: pull_request_events_text(raw.merge_commit_sha),
            mergedBy: pull_request_events_text(raw.merged_by?.login)
        },
        sender,
        via: 'pull_request.closed'
    };
}

;// CONCATENATED MODULE: ./src/action/events/trigger.ts




// When an issue carries several trigger labels, the specific kinds win over the general one.
const KIND_PRIORITY = ['bug', 'chore', 'feature'];
function kindOf(name, labels) {
    const key = name.trim().toLowerCase();
    return Object.hasOwn(labels, key) ? labels[key] : undefined;
}
function quoteLabels(labels) {
    return Object.keys(labels)
        .map(label => `"${label}"`)
        .join(', ');
}
/** The first label that asks for this kind, for hints on runs no label started. */
function labelFor(kind, labels) {
    return Object.keys(labels).find(label => labels[label] === kind) ?? kind;
}
function readTrigger(options) {
    const { eventName, payload, labels } = options;
    const action = typeof payload.action === 'string' ? payload.action : '';
    const sender = readSender(payload);
    const botReason = sender?.isBot && !options.allowBots
        ? `the event was caused by the bot ${sender.login}; set \`allow-bots: true\` to plan for bots.`
        : undefined;
    if (eventName === 'workflow_dispatch') {
        if (botReason)
            return { kind: 'skip', reason: botReason };
        if (options.issueNumber === undefined) {
            throw new TriggerError('Input `issue-number` is required when the workflow is run by hand (workflow_dispatch): ' +
                'add a workflow_dispatch input named issue-number, or pass `issue-number:` to the action.');
        }
        return {
            kind: 'fetch',
            issueNumber: options.issueNumber,
            planKind: options.dispatchKind ?? 'feature',
            sender,
            via: 'workflow_dispatch'
        };
    }
    const events = {
        payload,
        commentCommand: options.commentCommand ?? '/plan',
        branchPrefix: options.branchPrefix ?? 'adw/',
        allowBots: options.allowBots
    };
    if (eventName === 'issue_comment')
        return readCommentEvent(events);
    if (eventName === 'pull_request_review')
        return readReviewEvent(events);
    if (eventName === 'pull_request')
        return readMergeEvent(events);
    if (eventName === 'pull_request_target') {
        return { kind: 'skip', reason: `${eventName} events are not planned; label an issue instead.` };
    }
    if (eventName !== 'issues') {
        return {
            kind: 'skip',
            reason: `the ${eventName} event is not a trigger (issues, issue_comment, pull_request_review, pull_request or workflow_dispatch are).`
        };
    }
    const rawIssue = payload.issue;
    if (!rawIssue)
        return { kind: 'skip', reason: 'the issues event carries no issue.' };
    const issue = toTriggerIssue(rawIssue);
    let planKind;
    let label;
    if (action === 'labeled') {
        label = String(payload.label?.name ?? '');
        planKind = kindOf(label, labels);
        if (!planKind) {
            return {
                kind: 'skip',
                reason: `label "${label}" is not a trigger label (${quoteLabels(labels)}).`
            };
        }
    }
    else if (action === 'opened') {
        const found = issue.labels.filter(name => kindOf(name, labels));
        planKind = KIND_PRIORITY.find(kind => found.some(name => kindOf(name, labels) === kind));
        label = found.find(name => kindOf(name, labels) === planKind);
        if (!planKind) {
            return {
                kind: 'skip',
                reason: `issue #${issue.number} was opened without a trigger label (${quoteLabels(labels)}).`
            };
        }
    }
    else {
        return {
            kind: 'skip',
            reason: `issues.${action || 'unknown'} is not a trigger (labeled or opened are).`
        };
    }
    const skip = issueSkipReason(issue) ?? botReason;
    if (skip)
        return { kind: 'skip', reason: skip };
    return {
        kind: 'plan',
        adwId: String(issue.number),
        issue,
        planKind,
        label,
        sender,
        via: `issues.${action}`
    };
}

;// CONCATENATED MODULE: ./src/action/logger.ts
// The core's Logger, backed by the runner's log commands.

const actionLogger = {
    info: message => core/* info */.pq(message),
    warning: message => core/* warning */.$e(message),
    debug: message => core/* debug */.Yz(message)
};

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(1267);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts



const ClientClass = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const statsByClient = new WeakMap();
// Attempts per `METHOD /path`, retries included: lets a caller tell its own retried write from
// another writer's.
const attemptsByClient = new WeakMap();
/**
 * How many times a client sent `method` to `path` (`/repos/o/r/pulls`; a GHES `/api/v3`
 * prefix is ignored), retries included.
 */
function attemptsAt(octokit, method, path) {
    let count = 0;
    for (const [key, value] of attemptsByClient.get(octokit) ?? []) {
        const [sent, pathname] = key.split(' ');
        if (sent === method.toUpperCase() && pathname.endsWith(path))
            count += value;
    }
    return count;
}
/** How many API calls a client made so far (the action reports it in its summary). */
function requestStats(octokit) {
    const stats = statsByClient.get(octokit);
    if (!stats)
        throw new Error('requestStats: this client was not made by createOctokit');
    return { ...stats };
}
function createOctokit(options) {
    const { log } = options;
    const scale = options.delayScale ?? delayScaleFromEnv();
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const stats = { total: 0, writes: 0 };
    const attempts = new Map();
    // Counting at the fetch layer sees every attempt, including the ones plugins retry.
    const countingFetch = (input, init) => {
        stats.total += 1;
        const method = (init?.method ?? 'GET').toUpperCase();
        if (method !== 'GET' && method !== 'HEAD')
            stats.writes += 1;
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const key = `${method} ${new URL(url).pathname}`;
        attempts.set(key, (attempts.get(key) ?? 0) + 1);
        return fetch(input, init);
    };
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const route = `${request.method} ${request.url}`;
        if (retryCount < rateLimitRetries) {
            log.warning(`GitHub ${kind} rate limit on ${route}; retrying in ${retryAfter}s`);
            return true;
        }
        log.warning(`GitHub ${kind} rate limit on ${route}; giving up after ${retryCount} retries`);
        return false;
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: 1000 * scale
    };
    if (scale !== 1) {
        // The plugin spaces writes 1s (3s for notifying writes) apart, as GitHub asks; tests that
        // shrink waits shrink this too, or each publish would take seconds.
        throttle.write = spacedGroup(1000 * scale);
        throttle.notifications = spacedGroup(3000 * scale);
    }
    const octokit = new ClientClass({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'adw-plan-action',
        log: {
            debug: message => log.debug(message),
            info: message => log.debug(message),
            warn: message => log.warning(message),
            error: message => log.warning(message)
        },
        request: { fetch: countingFetch },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: 1000 * scale,
            // 429 belongs to the throttling plugin, which honours retry-after.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle
    });
    // GitHub answers some secondary limits with a bare 429 and `retry-after` (no
    // `x-ratelimit-remaining: 0`, no "secondary rate" wording): the throttling plugin lets those
    // through and plugin-retry must not retry a 429 blindly, so they are honoured here. Registered
    // last, this hook wraps both plugins and only sees what they gave up on.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let retried = 0;; retried++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const wait = untreatedRetryAfter(error);
                const route = `${requestOptions.method} ${requestOptions.url}`;
                if (wait === undefined)
                    throw error;
                if (retried >= rateLimitRetries) {
                    log.warning(`GitHub rate limit (429) on ${route}; giving up after ${retried} retries`);
                    throw error;
                }
                log.warning(`GitHub rate limit (429) on ${route}; retrying in ${wait}s`);
                await new Promise(resolve => setTimeout(resolve, wait * 1000 * scale));
            }
        }
    });
    statsByClient.set(octokit, stats);
    attemptsByClient.set(octokit, attempts);
    return octokit;
}
/** Seconds to wait before repeating a 429 the throttling plugin did not handle; else undefined. */
function untreatedRetryAfter(error) {
    const failed = error;
    if (failed?.status !== 429)
        return undefined;
    const headers = failed.response?.headers ?? {};
    const handledByThrottling = headers['x-ratelimit-remaining'] === '0' || /\bsecondary rate\b/i.test(String(failed.message));
    if (handledByThrottling)
        return undefined;
    const seconds = Number(headers['retry-after']);
    // Without a retry-after GitHub asks for at least a minute before trying again. A longer wait
    // than five minutes is better reported (the error says to run again later) than slept through.
    if (!Number.isFinite(seconds) || seconds < 0)
        return 60;
    return seconds <= 300 ? seconds : undefined;
}
function delayScaleFromEnv() {
    const raw = process.env.ADW_RETRY_DELAY_SCALE;
    if (raw === undefined || raw.trim() === '')
        return 1;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) {
        throw new Error(`ADW_RETRY_DELAY_SCALE must be a non-negative number, got "${raw}"`);
    }
    return value;
}
/**
 * The throttling plugin only calls `group.key(id).schedule(options, fn)`; this stand-in keeps
 * jobs in order and `minTime` ms apart, without pulling bottleneck in as a direct dependency.
 */
function spacedGroup(minTime) {
    let chain = Promise.resolve();
    let lastStart = 0;
    const limiter = {
        schedule(first, ...rest) {
            const args = typeof first === 'function' ? [first, ...rest] : rest;
            const [fn, ...fnArgs] = args;
            const run = chain.then(async () => {
                const wait = lastStart + minTime - Date.now();
                if (wait > 0)
                    await new Promise(resolve => setTimeout(resolve, wait));
                lastStart = Date.now();
                return fn(...fnArgs);
            });
            chain = run.catch(() => undefined);
            return run;
        }
    };
    return { key: () => limiter };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/github/errors.ts
// Octokit errors say "Resource not accessible by integration"; a maintainer needs to know which
// request failed and which line of the workflow file or which repository setting fixes it.
const ACTIONS_PR_SETTING = 'Allow GitHub Actions to create and approve pull requests';
/** GitHub refuses pull request creation by the workflow token until the repository allows it. */
class PullRequestsNotPermittedError extends Error {
    request;
    name = 'PullRequestsNotPermittedError';
    constructor(request) {
        super(`${request} was refused: GitHub Actions is not permitted to create pull requests in this ` +
            `repository. Enable "Settings > Actions > General > Workflow permissions > ` +
            `${ACTIONS_PR_SETTING}" (for an organisation, the organisation setting as well), or pass ` +
            `a token that may open pull requests as the github-token input.`);
        this.request = request;
    }
}
/** A failed GitHub request, with a message that names the fix. */
class GitHubApiError extends Error {
    status;
    request;
    permission;
    name = 'GitHubApiError';
    constructor(message, status, request, permission) {
        super(message);
        this.status = status;
        this.request = request;
        this.permission = permission;
    }
}
function isRequestError(error) {
    return (error instanceof Error &&
        typeof error.status === 'number' &&
        typeof error.request === 'object');
}
function hasStatus(error, status) {
    return isRequestError(error) && error.status === status;
}
/** GitHub's own message (`{ message }` in the body), not Octokit's decorated one. */
function githubMessage(error) {
    if (!isRequestError(error))
        return error instanceof Error ? error.message : String(error);
    const data = error.response?.data;
    if (data &&
        typeof data === 'object' &&
        typeof data.message === 'string') {
        return data.message;
    }
    return error.message;
}
function isActionsPullRequestRefusal(error) {
    return (hasStatus(error, 403) &&
        /GitHub Actions is not permitted to create or approve pull requests/i.test(githubMessage(error)));
}
/** "POST /repos/o/r/git/refs": method and path, without host, query or credentials. */
function describeRequest(error) {
    const method = (error.request?.method ?? 'GET').toUpperCase();
    const url = error.request?.url ?? '';
    let path;
    try {
        path = new URL(url).pathname;
    }
    catch {
        path = url.split('?')[0] ?? url;
    }
    // GHES serves the REST API under /api/v3; the route is the interesting part.
    path = path.replace(/^\/api\/v3(?=\/)/, '');
    return `${method} ${decodeURIComponentSafe(path)}`;
}
/** The `permissions:` entry a request needs, judged from its route. */
function permissionFor(method, path) {
    const access = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
    if (/\/actions\//.test(path))
        return `actions: ${access}`;
    if (/\/pulls(\/|$)/.test(path))
        return `pull-requests: ${access}`;
    if (/\/issues(\/|$)/.test(path))
        return `issues: ${access}`;
    return `contents: ${access}`;
}
/** Wraps any error from a GitHub call; non-HTTP errors pass through untouched. */
function explainGitHubError(error) {
    if (error instanceof GitHubApiError || error instanceof PullRequestsNotPermittedError) {
        return error;
    }
    if (!isRequestError(error))
        return error instanceof Error ? error : new Error(String(error));
    const request = describeRequest(error);
    const [method = 'GET', path = ''] = request.split(' ');
    const detail = githubMessage(error);
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isActionsPullRequestRefusal(error))
        return new PullRequestsNotPermittedError(request);
    if (error.status === 401) {
        return new GitHubApiError(`${request} failed (401 ${detail}): the token was rejected. Check the github-token input ` +
            `(expired, revoked, or not a token for this GitHub host).`, 401, request);
    }
    if (error.status === 429 || (error.status === 403 && /rate limit/i.test(detail))) {
        return new GitHubApiError(`${request} failed (${error.status} ${detail}): GitHub's rate limit held after the ` +
            `retries; run the workflow again later.`, error.status, request);
    }
    if ((error.status === 403 || error.status === 404) && isWrite) {
        const permission = permissionFor(method, path);
        return new GitHubApiError(`${request} failed (${error.status} ${detail}): the token may not write here. Grant ` +
            `\`${permission}\` in the workflow's \`permissions:\` block (or use a token with that ` +
            `access); a 404 on a write can also mean the repository or branch does not exist.`, error.status, request, permission);
    }
    if (error.status === 403 || error.status === 404) {
        const permission = permissionFor(method, path);
        return new GitHubApiError(`${request} failed (${error.status} ${detail}): not found, or the token may not read it ` +
            `(needs \`${permission}\`).`, error.status, request, permission);
    }
    return new GitHubApiError(`${request} failed (${error.status} ${detail})`, error.status, request);
}
function decodeURIComponentSafe(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}

;// CONCATENATED MODULE: ./src/github/repository.ts





/** One repository on GitHub, reached through a shared Octokit client. */
class GitHubRepository {
    octokit;
    owner;
    repo;
    constructor(octokit, { owner, repo }) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
    }
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
    /** Owner and repo, ready to spread into Octokit parameters. */
    get params() {
        return { owner: this.owner, repo: this.repo };
    }
    async getIssue(issueNumber) {
        try {
            const { data } = await this.octokit.rest.issues.get({
                ...this.params,
                issue_number: issueNumber
            });
            return {
                number: data.number,
                title: data.title,
                body: data.body ?? '',
                htmlUrl: data.html_url,
                labels: data.labels
                    .map(label => (typeof label === 'string' ? label : (label.name ?? '')))
                    .filter(name => name !== ''),
                state: data.state === 'closed' ? 'closed' : 'open',
                locked: data.locked,
                isPullRequest: data.pull_request != null,
                user: data.user?.login ?? null
            };
        }
        catch (error) {
            throw explainGitHubError(error);
        }
    }
    async defaultBranch() {
        try {
            const { data } = await this.octokit.rest.repos.get({ ...this.params });
            return data.default_branch;
        }
        catch (error) {
            throw explainGitHubError(error);
        }
    }
    /**
     * Downloads `ref` as one gzipped tarball (one API request, no clone) and unpacks it into a new
     * directory under `destDir` (a temporary directory when omitted). Returns the directory that
     * holds the repository's files: GitHub's `owner-repo-sha/` top folder is stripped.
     */
    async downloadTarball(ref, destDir) {
        let archive;
        try {
            const response = await this.octokit.rest.repos.downloadTarballArchive({ ...this.params, ref });
            archive = Buffer.from(response.data);
        }
        catch (error) {
            throw explainGitHubError(error);
        }
        const target = destDir
            ? await (0,promises_.mkdir)(destDir, { recursive: true }).then(() => destDir)
            : await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'adw-tree-'));
        await extractTarGz(archive, target);
        return target;
    }
}
function extractTarGz(archive, target) {
    return new Promise((resolve, reject) => {
        // --no-same-owner/permissions: the archive's owners and modes must not leak onto the runner.
        const tar = (0,external_node_child_process_.spawn)('tar', [
            '-xzf',
            '-',
            '-C',
            target,
            '--strip-components=1',
            '--no-same-owner',
            '--no-same-permissions'
        ], { stdio: ['pipe', 'ignore', 'pipe'] });
        let stderr = '';
        tar.stderr.on('data', chunk => (stderr += String(chunk)));
        tar.on('error', reject);
        tar.on('close', code => code === 0 ? resolve() : reject(new Error(`tar exited with ${code}: ${stderr.trim()}`)));
        tar.stdin.on('error', reject);
        tar.stdin.end(archive);
    });
}

;// CONCATENATED MODULE: ./src/action/context.ts
// What every stage of a run shares: the inputs, the event, the repository on GitHub (its
// client made on first use, so events that are not triggers send no request) and the report
// the job summary is written from.





class ActionRun {
    inputs;
    event;
    report = { status: 'skipped' };
    owner;
    repo;
    serverUrl;
    client;
    failureReporter;
    stopListeners = [];
    constructor(inputs, event, context = github/* context */._) {
        this.inputs = inputs;
        this.event = event;
        this.owner = context.repo.owner;
        this.repo = context.repo.repo;
        this.serverUrl = context.serverUrl;
        const repository = process.env.GITHUB_REPOSITORY;
        this.runUrl =
            repository && context.runId
                ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
                : undefined;
    }
    /** The workflow run's page, linked from comments. */
    runUrl;
    get repoUrl() {
        return `${this.serverUrl}/${this.owner}/${this.repo}`;
    }
    /** The repository on GitHub; the client is created on the first call. */
    repository() {
        if (this.client)
            return this.client;
        if (!this.inputs.token) {
            throw new Error('Input `github-token` is empty: pass `github-token: ${{ github.token }}` (the default).');
        }
        const octokit = createOctokit({
            token: this.inputs.token,
            baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
            log: actionLogger
        });
        this.client = new GitHubRepository(octokit, { owner: this.owner, repo: this.repo });
        return this.client;
    }
    /** API requests so far, or undefined when the run never needed the API. */
    requests() {
        return this.client ? requestStats(this.client.octokit).total : undefined;
    }
    /** Registers who tells the issue about a failure; the last registered wins. */
    reportFailuresWith(reporter) {
        this.failureReporter = reporter;
    }
    async reportFailure(error, message) {
        await this.failureReporter?.(error, message);
    }
    /** Something to undo when the run ends (a listener, a temporary directory). */
    onEnd(stop) {
        this.stopListeners.push(stop);
    }
    end() {
        for (const stop of this.stopListeners.splice(0))
            stop();
    }
    warn(message) {
        core/* warning */.$e(message);
        (this.report.warnings ??= []).push(message);
    }
}

;// CONCATENATED MODULE: ./src/action/job-summary.ts
// The job summary: what a maintainer sees on the run page, for every outcome.


const FLOW_TITLES = { revision: 'revision', handoff: 'handoff' };
async function writeJobSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = core/* summary */.z;
    const kindTitle = `${(0,naming/* planTitlePrefix */.ID)(report.kind)} plan${report.flow ? ` ${FLOW_TITLES[report.flow]}` : ''}`;
    summary.addHeading(report.adwId ? `${kindTitle} for #${report.adwId}` : kindTitle, 2);
    if (report.status === 'skipped') {
        summary.addRaw(`Nothing to do: ${escapeHtml(report.reason ?? 'not a trigger')}`, true);
        await summary.write();
        return;
    }
    for (const line of outcomeLines(report))
        summary.addRaw(line, true);
    const rows = [
        ...planRows(report),
        ...publishedRows(report),
        ...revisionRows(report),
        ...reviewRows(report),
        ...handoffRows(report),
        ...researchRows(report)
    ];
    if (rows.length > 0) {
        summary.addTable([
            [
                { data: 'Item', header: true },
                { data: 'Value', header: true }
            ],
            ...rows
        ]);
    }
    if (report.status === 'dry-run' && report.plan)
        addDryRunPlan(report.planPath ?? 'plan', report.plan.markdown);
    await summary.write();
}
/** The outcome in words when it is not a plain success, and the warnings that did not stop it. */
function outcomeLines(report) {
    const lines = [];
    if (report.status === 'unchanged')
        lines.push(escapeHtml(report.reason ?? 'The plan is unchanged.'));
    if (report.status === 'failed')
        lines.push(`:x: **Failed:** ${escapeHtml(report.error ?? 'unknown error')}`);
    for (const warning of report.warnings ?? [])
        lines.push(`:warning: ${escapeHtml(warning)}`);
    return lines;
}
function planRows(report) {
    const rows = [];
    if (report.planPath)
        rows.push(['Plan file', `<code>${escapeHtml(report.planPath)}</code>`]);
    if (!report.plan)
        return rows;
    rows.push(['Planner', escapeHtml(report.plan.planner)]);
    if (report.plan.fallbackReason)
        rows.push(['Model fallback', escapeHtml(report.plan.fallbackReason)]);
    const usage = report.plan.usage;
    if (usage) {
        rows.push([
            'Model usage',
            `${escapeHtml(usage.provider)} <code>${escapeHtml(usage.model)}</code>: ` +
                `${usage.inputTokens} input + ${usage.outputTokens} output tokens, ${usage.steps} steps`
        ]);
    }
    return rows;
}
function publishedRows(report) {
    const published = report.published;
    if (!published)
        return [];
    return [
        ['Branch', `<code>${escapeHtml(published.branch)}</code> (plan ${published.fileOperation})`],
        [
            'Pull request',
            `<a href="${escapeHtml(published.pullRequest.url)}">#${published.pullRequest.number}</a> (${published.pullRequest.operation})`
        ]
    ];
}
function revisionRows(report) {
    if (!report.revision)
        return [];
    const { changes } = report.revision;
    const changed = [...changes.changed, ...changes.added, ...changes.removed];
    return [
        [
            'Revision',
            `<a href="${escapeHtml(report.revision.commitUrl)}">commit</a>; sections: ${escapeHtml(changed.join(', ') || 'none')}` +
                (changes.filesAdded.length
                    ? `; files added: ${escapeHtml(changes.filesAdded.join(', '))}`
                    : '') +
                (changes.filesDropped.length
                    ? `; files dropped: ${escapeHtml(changes.filesDropped.join(', '))}`
                    : '')
        ]
    ];
}
function reviewRows(report) {
    const review = report.review;
    if (!review)
        return [];
    return [
        ...(review.applied.length ? [['Applied', escapeHtml(review.applied.join('; '))]] : []),
        ...(review.notApplied.length
            ? [['Not applied by the embedded planner', escapeHtml(review.notApplied.join('; '))]]
            : [])
    ];
}
function handoffRows(report) {
    const handoff = report.handoff;
    if (!handoff)
        return [];
    const rows = [
        ['Approved plan', `<a href="${escapeHtml(handoff.planUrl)}">plan on the base branch</a>`]
    ];
    if (handoff.label)
        rows.push(['Label added', `<code>${escapeHtml(handoff.label)}</code>`]);
    if (handoff.workflow)
        rows.push(['Workflow started', `<code>${escapeHtml(handoff.workflow)}</code>`]);
    if (handoff.error)
        rows.push(['Handoff problem', escapeHtml(handoff.error)]);
    return rows;
}
function researchRows(report) {
    const rows = [];
    if (report.research) {
        rows.push([
            'Research',
            `${report.research.fileCount} files in ${report.research.elapsedMs} ms; top: ` +
                report.research.files
                    .slice(0, 5)
                    .map(file => `<code>${escapeHtml(file.path)}</code>`)
                    .join(', ')
        ]);
    }
    const read = report.research?.history?.read;
    if (report.history || read)
        rows.push(['History', escapeHtml(historyText(report.history, read))]);
    if (report.requests !== undefined)
        rows.push(['GitHub API requests', String(report.requests)]);
    return rows;
}
/** How the history came to be there, then what the research read of it. */
function historyText(note, read) {
    const parts = note ? [note] : [];
    if (read?.read)
        parts.push(`The research read ${read.commits} commits (${read.since} to ${read.until}).`);
    else if (read && !note)
        parts.push(`The research read none: ${read.reason}.`);
    return parts.join(' ');
}
/** A dry run writes nothing, so the summary carries the plan itself. */
function addDryRunPlan(planPath, markdown) {
    const summary = core/* summary */.z;
    summary.addRaw('**Dry run:** nothing was written. The plan:', true);
    summary.addRaw(`\n<details open><summary>${escapeHtml(planPath)}</summary>\n\n`, true);
    // addCodeBlock does not escape; the plan quotes issue text, which may hold HTML.
    summary.addRaw(`<pre lang="markdown"><code>${escapeHtml(markdown)}</code></pre>`, true);
    summary.addRaw('\n</details>\n', true);
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/git-blob-sha.ts

/**
 * The object id git (and GitHub's contents API) gives a file with this content:
 * sha1("blob <byte length>\0<bytes>"). Lets a re-run see "already there" without a write.
 */
function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

;// CONCATENATED MODULE: ./src/github/publish-file.ts



class PublishConflictError extends Error {
    name = 'PublishConflictError';
}
/**
 * Puts `content` at `path` on `branch` as ONE commit through the Git Data API, never rewriting
 * history: the commit's parent is the branch head we read, and the ref moves with
 * `force: false`, so commits others pushed to the branch survive; a lost race is re-read and
 * retried.
 *
 * Requests (measured in the tests):
 * - unchanged re-run: 2 reads (branch ref, directory listing), no writes;
 * - re-run with a change: 3 reads (+ head commit for its tree) and 3 writes (tree, commit, ref);
 * - first run: 4 reads (branch ref 404, base ref, listing, base commit) and 3 writes.
 */
async function publishFile(repo, options) {
    const { branch, path } = options;
    assertRepoPath(path);
    const directory = external_node_path_.posix.dirname(path);
    const blobSha = gitBlobSha(options.content);
    const shouldRemove = options.removePaths ?? (() => false);
    const maxAttempts = options.maxAttempts ?? 4;
    try {
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            const branchHead = await readRef(repo, `heads/${branch}`);
            const parentSha = branchHead ?? (await requireRef(repo, `heads/${options.baseBranch}`));
            const entries = await listDirectory(repo, directory, parentSha);
            const current = entries.find(entry => entry.path === path);
            const stale = entries
                .filter(entry => entry.type === 'file' && entry.path !== path && shouldRemove(entry.path))
                .map(entry => entry.path)
                .sort();
            if (branchHead && current?.sha === blobSha && stale.length === 0) {
                return {
                    operation: 'unchanged',
                    branch,
                    commitSha: branchHead,
                    removed: [],
                    branchCreated: false
                };
            }
            const commitSha = await writeCommit(repo, parentSha, options, stale);
            const moved = branchHead
                ? await fastForward(repo, branch, commitSha)
                : await createBranch(repo, branch, commitSha);
            if (moved) {
                return {
                    operation: current ? 'updated' : 'created',
                    branch,
                    commitSha,
                    removed: stale,
                    branchCreated: !branchHead
                };
            }
            // Somebody moved or created the branch meanwhile: our commit is orphaned (harmless) and
            // the next attempt builds on what they wrote.
        }
    }
    catch (error) {
        throw explainGitHubError(error);
    }
    throw new PublishConflictError(`Could not update branch ${branch} of ${repo.fullName}: it kept moving during ` +
        `${maxAttempts} attempts. Run the workflow again.`);
}
function assertRepoPath(path) {
    const parts = path.split('/');
    if (path.startsWith('/') || parts.some(part => part === '' || part === '.' || part === '..')) {
        throw new Error(`publishFile: "${path}" is not a normalised repository path`);
    }
}
async function readRef(repo, ref) {
    try {
        const { data } = await repo.octokit.rest.git.getRef({ ...repo.params, ref });
        return data.object.sha;
    }
    catch (error) {
        if (hasStatus(error, 404))
            return null;
        throw error;
    }
}
async function requireRef(repo, ref) {
    const sha = await readRef(repo, ref);
    if (sha === null) {
        throw new Error(`Base branch ${ref.replace(/^heads\//, '')} not found in ${repo.fullName}`);
    }
    return sha;
}
/** The directory's entries at `commitSha`; a missing directory is empty, not an error. */
async function listDirectory(repo, directory, commitSha) {
    if (directory === '.') {
        const { data } = await repo.octokit.rest.git.getTree({ ...repo.params, tree_sha: commitSha });
        return data.tree.map(entry => ({
            path: entry.path ?? '',
            sha: entry.sha ?? '',
            type: entry.type === 'blob' ? 'file' : (entry.type ?? '')
        }));
    }
    try {
        const { data } = await repo.octokit.rest.repos.getContent({
            ...repo.params,
            path: directory,
            ref: commitSha
        });
        if (!Array.isArray(data)) {
            throw new Error(`publishFile: ${directory} is a file in ${repo.fullName}, not a directory`);
        }
        return data.map(entry => ({ path: entry.path, sha: entry.sha, type: entry.type }));
    }
    catch (error) {
        if (hasStatus(error, 404))
            return [];
        throw error;
    }
}
/** One tree (inline content, deletions as `sha: null`) and one commit on top of `parentSha`. */
async function writeCommit(repo, parentSha, options, stale) {
    const { data: parent } = await repo.octokit.rest.git.getCommit({
        ...repo.params,
        commit_sha: parentSha
    });
    const { data: tree } = await repo.octokit.rest.git.createTree({
        ...repo.params,
        base_tree: parent.tree.sha,
        tree: [
            { path: options.path, mode: '100644', type: 'blob', content: options.content },
            ...stale.map(path => ({ path, mode: '100644', type: 'blob', sha: null }))
        ]
    });
    const { data: commit } = await repo.octokit.rest.git.createCommit({
        ...repo.params,
        message: options.message,
        tree: tree.sha,
        parents: [parentSha]
    });
    return commit.sha;
}
/** False when the branch moved since we read it (GitHub: 422 "Update is not a fast forward"). */
async function fastForward(repo, branch, sha) {
    try {
        await repo.octokit.rest.git.updateRef({
            ...repo.params,
            ref: `heads/${branch}`,
            sha,
            force: false
        });
        return true;
    }
    catch (error) {
        if (hasStatus(error, 422) && /fast.?forward/i.test(githubMessage(error)))
            return false;
        throw error;
    }
}
/**
 * False when another run created the branch first (422 "Reference already exists"). A create
 * retried after a gateway error meets the branch its first attempt made: that is ours.
 */
async function createBranch(repo, branch, sha) {
    try {
        await repo.octokit.rest.git.createRef({ ...repo.params, ref: `refs/heads/${branch}`, sha });
        return true;
    }
    catch (error) {
        if (hasStatus(error, 422) && /already exists/i.test(githubMessage(error))) {
            return (await readRef(repo, `heads/${branch}`)) === sha;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts


/**
 * Keeps exactly one open pull request from `head`: updates its title/body only when they
 * differ, otherwise opens one. Requests: 1 (unchanged, or created on a new head), 2 (updated or created), 3 when another
 * run opened it between our look-up and our create.
 * Throws PullRequestsNotPermittedError when the repository forbids Actions to open PRs.
 */
async function findOrCreatePullRequest(repo, options) {
    try {
        const existing = options.headIsNew ? undefined : await openPullRequestFrom(repo, options.head);
        if (existing)
            return await updateIfChanged(repo, existing, options);
        const createPath = `/repos/${repo.fullName}/pulls`;
        const attemptsBefore = attemptsAt(repo.octokit, 'POST', createPath);
        try {
            const { data } = await repo.octokit.rest.pulls.create({
                ...repo.params,
                head: options.head,
                base: options.base,
                title: options.title,
                body: options.body,
                draft: options.draft ?? false
            });
            return { number: data.number, url: data.html_url, operation: 'created' };
        }
        catch (error) {
            if (isActionsPullRequestRefusal(error)) {
                throw new PullRequestsNotPermittedError(`POST /repos/${repo.fullName}/pulls`);
            }
            if (hasStatus(error, 422) && /pull request already exists/i.test(describe422(error))) {
                const raced = await openPullRequestFrom(repo, options.head);
                // Sent more than once: the first attempt failed in transit after GitHub had made the
                // pull request. Ours, not another run's, when it holds exactly what we sent.
                const retried = attemptsAt(repo.octokit, 'POST', createPath) - attemptsBefore > 1;
                if (raced && retried && raced.title === options.title && raced.body === options.body) {
                    return { number: raced.number, url: raced.url, operation: 'created' };
                }
                if (raced)
                    return await updateIfChanged(repo, raced, options);
            }
            throw error;
        }
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}
async function updateIfChanged(repo, pull, options) {
    if (pull.title === options.title && pull.body === options.body) {
        return { number: pull.number, url: pull.url, operation: 'unchanged' };
    }
    await repo.octokit.rest.pulls.update({
        ...repo.params,
        pull_number: pull.number,
        title: options.title,
        body: options.body
    });
    return { number: pull.number, url: pull.url, operation: 'updated' };
}
/** GitHub puts "A pull request already exists" in `errors[].message`, not the top message. */
function describe422(error) {
    const data = error.response
        ?.data;
    const details = (data?.errors ?? []).map(entry => entry.message ?? '').join(' ');
    return `${githubMessage(error)} ${details}`;
}
function info(data) {
    return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        state: data.state,
        headRef: data.head.ref,
        headSha: data.head.sha,
        headRepo: data.head.repo?.full_name,
        baseRef: data.base.ref
    };
}
/** One request. */
async function getPullRequest(repo, pullNumber) {
    try {
        const { data } = await repo.octokit.rest.pulls.get({ ...repo.params, pull_number: pullNumber });
        return info(data);
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}
/** The open pull request from `branch` of this repository, if any. One request. */
async function openPullRequestFrom(repo, branch) {
    try {
        const { data } = await repo.octokit.rest.pulls.list({
            ...repo.params,
            head: `${repo.owner}:${branch}`,
            state: 'open',
            per_page: 10
        });
        const first = [...data].sort((a, b) => a.number - b.number)[0];
        return first ? info(first) : undefined;
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}
/** Rewrites a pull request's body when it differs. One request, or none. */
async function updatePullRequestBody(repo, pull, body) {
    if (pull.body === body)
        return false;
    try {
        await repo.octokit.rest.pulls.update({ ...repo.params, pull_number: pull.number, body });
        return true;
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}

// EXTERNAL MODULE: ./src/plan/index.ts
var src_plan = __webpack_require__(5887);
;// CONCATENATED MODULE: ./src/github/issue-comment.ts

/**
 * Keeps one tracking comment per issue, found by its hidden marker and edited in place, so a
 * re-run does not add noise to the issue. The marker is added to the body when missing.
 * Requests: listing pages (100 comments each) + at most one write; 1 with a known commentId;
 * a create adds one more listing (and, after a race, a delete and an update).
 */
async function upsertTrackingComment(repo, issueNumber, options) {
    const body = options.body.includes(options.marker)
        ? options.body
        : `${options.marker}\n${options.body}`;
    try {
        if (options.commentId !== undefined) {
            const updated = await updateComment(repo, options.commentId, body);
            if (updated)
                return updated;
            // The comment was deleted since: fall through and look for (or create) another one.
        }
        const existing = await findMarkedComment(repo, issueNumber, options.marker);
        if (existing) {
            if (existing.body === body) {
                return { id: existing.id, url: existing.html_url, operation: 'unchanged' };
            }
            const updated = await updateComment(repo, existing.id, body);
            if (updated)
                return updated;
        }
        const created = await createComment(repo, issueNumber, body);
        return await keepOldest(repo, issueNumber, options.marker, created, body);
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}
/**
 * Two runs for one issue (a label applied twice) can both find no tracking comment and both
 * create one; a create retried after a gateway error can leave two as well. After creating, the
 * marked comments are listed again and the oldest wins: the newer one's creator always sees the
 * older (it existed before the newer was created), so exactly one run deletes its own comment
 * and adopts the oldest, and the other keeps its own. Costs one listing on a first run.
 */
async function keepOldest(repo, issueNumber, marker, created, body) {
    const marked = await listMarkedComments(repo, issueNumber, marker);
    const oldest = marked[0];
    if (!oldest || oldest.id === created.id || !marked.some(c => c.id === created.id)) {
        return created;
    }
    try {
        await repo.octokit.rest.issues.deleteComment({ ...repo.params, comment_id: created.id });
    }
    catch (error) {
        // Already gone (a retried delete, or someone removed it): the outcome is the same.
        if (!hasStatus(error, 404))
            throw error;
    }
    if (oldest.body === body)
        return { id: oldest.id, url: oldest.html_url, operation: 'unchanged' };
    return ((await updateComment(repo, oldest.id, body)) ??
        // The oldest vanished meanwhile: start over, which creates one and settles again.
        (await upsertTrackingComment(repo, issueNumber, { marker, body })));
}
/**
 * The tracking comment as it stands: by id when known (one request), else by its marker (one
 * listing per 100 comments). Undefined when there is none.
 */
async function readTrackingComment(repo, issueNumber, options) {
    try {
        if (options.commentId !== undefined) {
            try {
                const { data } = await repo.octokit.rest.issues.getComment({
                    ...repo.params,
                    comment_id: options.commentId
                });
                if (data.body?.includes(options.marker) && trusted(data)) {
                    return { id: data.id, body: data.body };
                }
            }
            catch (error) {
                if (!hasStatus(error, 404))
                    throw error;
            }
        }
        const found = await findMarkedComment(repo, issueNumber, options.marker);
        return found ? { id: found.id, body: found.body ?? '' } : undefined;
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}
/** A plain new comment (not tracked). */
async function postComment(repo, issueNumber, body) {
    try {
        return await createComment(repo, issueNumber, body);
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}
async function createComment(repo, issueNumber, body) {
    const { data } = await repo.octokit.rest.issues.createComment({
        ...repo.params,
        issue_number: issueNumber,
        body
    });
    return { id: data.id, url: data.html_url, operation: 'created' };
}
async function updateComment(repo, commentId, body) {
    try {
        const { data } = await repo.octokit.rest.issues.updateComment({
            ...repo.params,
            comment_id: commentId,
            body
        });
        return { id: data.id, url: data.html_url, operation: 'updated' };
    }
    catch (error) {
        if (hasStatus(error, 404))
            return null;
        throw error;
    }
}
/**
 * Anyone can write the marker into a comment. Only a bot's comment (the workflow token's) or a
 * maintainer's (a personal token) is taken for the tracking comment, so an issue author cannot
 * plant one whose links they could later edit.
 */
function trusted(comment) {
    return (comment.user?.type === 'Bot' ||
        ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(comment.author_association ?? ''));
}
function markedPages(repo, issueNumber) {
    return repo.octokit.paginate.iterator(repo.octokit.rest.issues.listComments, {
        ...repo.params,
        issue_number: issueNumber,
        per_page: 100
    });
}
async function findMarkedComment(repo, issueNumber, marker) {
    for await (const { data } of markedPages(repo, issueNumber)) {
        const match = data.find(comment => comment.body?.includes(marker) && trusted(comment));
        if (match)
            return match;
    }
    return undefined;
}
/** Every trusted marked comment, oldest first (GitHub's ids only grow). */
async function listMarkedComments(repo, issueNumber, marker) {
    const marked = [];
    for await (const { data } of markedPages(repo, issueNumber)) {
        marked.push(...data.filter(comment => comment.body?.includes(marker) && trusted(comment)));
    }
    return marked.sort((a, b) => a.id - b.id);
}

// EXTERNAL MODULE: ./src/templates/render.ts
var render = __webpack_require__(5899);
;// CONCATENATED MODULE: ./src/action/publish/tracking-comment.ts



const TRACKING_MARKER = '<!-- adw-plan:tracking -->';
/** Each kind keeps its own comment, so a bug plan for an issue never overwrites its feature plan's links. */
function trackingMarker(kind) {
    return kind === 'feature' ? TRACKING_MARKER : `<!-- adw-plan:tracking:${kind} -->`;
}
class TrackingComment {
    repository;
    issueNumber;
    context;
    id;
    templatesRoot;
    constructor(repository, issueNumber, context) {
        this.repository = repository;
        this.issueNumber = issueNumber;
        this.context = context;
    }
    /** The comment's id when known (from this run, or from the plan pull request's state). */
    get commentId() {
        return this.id;
    }
    adopt(id) {
        this.id ??= id;
    }
    useTemplates(directory) {
        this.templatesRoot = directory;
    }
    /** Whether the comment (read now) holds `text`; remembers its id for the next write. */
    async contains(text) {
        const found = await readTrackingComment(this.repository, this.issueNumber, {
            marker: trackingMarker(this.context.kind),
            commentId: this.id
        });
        this.id = found?.id ?? this.id;
        return found?.body.includes(text) ?? false;
    }
    /** Writes the comment for `state`; `extra` is appended verbatim (hidden markers). */
    async write(state, extra = '') {
        const body = (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('issue-comment.md.hbs', this.templatesRoot), {
            label: this.context.label,
            command: this.context.command,
            kind: this.context.kind,
            runUrl: this.context.runUrl,
            ...state
        });
        const result = await upsertTrackingComment(this.repository, this.issueNumber, {
            marker: trackingMarker(this.context.kind),
            body: extra ? `${body.trimEnd()}\n${extra}` : body,
            commentId: this.id
        });
        this.id = result.id;
    }
}
/** The tracking comment of an issue's plan, for flows that start from its pull request. */
function trackingCommentOf(run, plan, knownId) {
    const tracking = new TrackingComment(run.repository(), Number(plan.adwId), {
        kind: plan.kind,
        label: labelFor(plan.kind, run.inputs.labels),
        command: run.inputs.commentCommand,
        runUrl: run.runUrl
    });
    tracking.adopt(knownId);
    return tracking;
}

// EXTERNAL MODULE: ./src/plan/format/markdown.ts
var format_markdown = __webpack_require__(4534);
;// CONCATENATED MODULE: ./src/plan/format/digest.ts
// A short digest of a plan for the pull request body and the job summary: what a reviewer
// wants to see before opening the file.

function digestPlan(markdown) {
    const doc = (0,format_markdown/* outline */.rj)(markdown);
    const section = (title) => {
        const heading = (0,format_markdown/* findHeading */.iE)(doc, title);
        return heading ? (0,format_markdown/* sectionBody */.gt)(doc, heading) : [];
    };
    const story = section('User Story').join(' ').replace(/\s+/g, ' ').trim();
    return {
        userStory: story || undefined,
        filesToModify: (0,format_markdown/* bulletPaths */.f2)(section('Existing Files to Modify')),
        phases: doc.headings
            .map(heading => /^Phase \d+:\s*(.+)$/.exec(heading.text)?.[1])
            .filter((name) => Boolean(name)),
        criteriaCount: section('Acceptance Criteria').filter(line => /^\s*[-*]\s+\[[ xX]\]/.test(line))
            .length
    };
}

;// CONCATENATED MODULE: ./src/action/publish/pull-request-body.ts
// The plan pull request's body: a digest of the plan for reviewers, rendered from
// `pr-body.md.hbs`, and a hidden line of state the later flows read back (which issue, kind
// and file, and where the tracking comment is), so a revision or a handoff needs no search.




const STATE = /<!-- adw-plan:state ([^>]*?) -->/;
function stateMarker(state) {
    const tracking = state.tracking ? ` tracking=${state.tracking}` : '';
    return `<!-- adw-plan:state issue=${state.issue} kind=${state.kind} path=${state.path}${tracking} -->`;
}
/**
 * The state a body carries, when it is about this issue's plan of this kind and its path is one
 * of this issue's plan files inside `specsDir`; anything else (a hand-edited or planted line)
 * is ignored and the flows fall back to looking.
 */
function readState(body, expected) {
    const fields = new Map((STATE.exec(body)?.[1] ?? '')
        .split(/\s+/)
        .map(pair => pair.split('='))
        .filter(pair => pair.length === 2));
    if (fields.get('issue') !== expected.adwId || fields.get('kind') !== expected.kind)
        return {};
    const path = fields.get('path') ?? '';
    const tracking = Number(fields.get('tracking'));
    const validPath = external_node_path_.posix.dirname(path) === expected.specsDir &&
        (0,naming/* isPlanFileFor */.D_)(expected.adwId, external_node_path_.posix.basename(path), expected.kind);
    return {
        path: validPath ? path : undefined,
        tracking: Number.isSafeInteger(tracking) && tracking > 0 ? tracking : undefined
    };
}
function pullRequestBody(context) {
    const { plan, kind } = context;
    const digest = digestPlan(plan.markdown);
    const body = (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('pr-body.md.hbs', context.templatesRoot), {
        issueNumber: context.issueNumber,
        kind,
        kindTitle: (0,naming/* planTitlePrefix */.ID)(kind),
        featureName: plan.featureName,
        planPath: context.path,
        planUrl: context.planUrl,
        userStory: digest.userStory,
        filesToModify: digest.filesToModify,
        phases: digest.phases,
        criteriaCount: digest.criteriaCount,
        fallbackReason: plan.fallbackReason,
        planner: plan.planner,
        model: plan.usage?.model
    });
    const state = stateMarker({
        issue: context.issueNumber,
        kind,
        path: context.path,
        tracking: context.tracking
    });
    return `${body.trimEnd()}\n${state}\n`;
}

;// CONCATENATED MODULE: ./src/action/publish/plan-publisher.ts
// Puts a finished plan where maintainers review it: a commit on the issue's plan branch, a
// pull request that references (never closes) the issue, and one tracking comment on the issue.








/**
 * The last line of every commit the action makes to a plan file: how a revision tells the
 * action's own commits from people's edits (the bot account is shared by every workflow).
 */
const PLAN_COMMIT_TRAILER = 'Planned-by: adw-plan';
// Feature plans keep the shorter title they always had.
const KIND_TITLES = {
    feature: 'Plan',
    bug: 'Bug plan',
    chore: 'Chore plan'
};
/** `Plan #12: Dark mode` and friends: pull request titles and commit subjects. */
function planTitle(kind, adwId, name) {
    return `${KIND_TITLES[kind]} #${adwId}: ${name}`;
}
class PlanPublisher {
    repository;
    context;
    tracking;
    /** Set once the comment holds its final word, which a later failure must not overwrite. */
    settled = false;
    branchUrl;
    branch;
    /** Repository template overrides; known once the repository has been read. */
    templatesRoot;
    constructor(repository, context) {
        this.repository = repository;
        this.context = context;
        this.branch = (0,src_plan/* branchName */.at)(context.inputs.branchPrefix, context.adwId, context.kind);
        this.tracking = new TrackingComment(repository, Number(context.adwId), context);
    }
    useTemplates(directory) {
        this.templatesRoot = directory;
        this.tracking.useTemplates(directory);
    }
    get repoUrl() {
        return `${this.context.serverUrl}/${this.context.owner}/${this.context.repo}`;
    }
    blobUrl(path) {
        return `${this.repoUrl}/blob/${encodeURI(this.branch)}/${encodeURI(path)}`;
    }
    async askForDescription() {
        await this.tracking.write({ needsDescription: true });
        this.settled = true;
    }
    /** Tells someone whose role is below `required-permission` why nothing happens. */
    async declineTrigger(login, required) {
        await this.tracking.write({ notPermitted: true, login, required });
        this.settled = true;
    }
    async announcePlanning() {
        const { specsDir } = this.context.inputs;
        await this.tracking.write({
            planning: true,
            planPathHint: `${specsDir}/${this.context.kind}-${this.context.adwId}-….md`
        });
    }
    async publish(args) {
        const { baseBranch, issue, plan, path } = args;
        const { adwId, kind } = this.context;
        const title = planTitle(kind, adwId, plan.featureName);
        const directory = (0,posix_.dirname)(path);
        const file = await publishFile(this.repository, {
            baseBranch,
            branch: this.branch,
            path,
            content: plan.markdown,
            // This issue's older plans (a changed title gives a new name) go in the same commit.
            removePaths: candidate => candidate !== path &&
                (0,posix_.dirname)(candidate) === directory &&
                (0,src_plan/* isPlanFileFor */.D_)(adwId, (0,posix_.basename)(candidate), kind),
            message: `${title}\n\nRefs #${adwId}\n${PLAN_COMMIT_TRAILER}`
        });
        this.branchUrl = `${this.repoUrl}/tree/${encodeURI(this.branch)}`;
        const planUrl = this.blobUrl(path);
        const body = pullRequestBody({
            issueNumber: issue.number,
            kind,
            path,
            planUrl,
            plan,
            tracking: this.tracking.commentId,
            templatesRoot: this.templatesRoot
        });
        const pullRequest = await findOrCreatePullRequest(this.repository, {
            head: this.branch,
            base: baseBranch,
            title,
            body,
            draft: this.context.inputs.draft,
            headIsNew: file.branchCreated
        });
        await this.tracking.write({
            done: true,
            pullRequestNumber: pullRequest.number,
            pullRequestUrl: pullRequest.url,
            branch: this.branch,
            planPath: path,
            planUrl,
            planner: plan.planner,
            fallbackReason: plan.fallbackReason
        });
        return {
            branch: this.branch,
            path,
            commitSha: file.commitSha,
            fileOperation: file.operation,
            removed: file.removed,
            planUrl,
            pullRequest
        };
    }
    /** Replaces the tracking comment with the failure and what to do about it. */
    async reportFailure(error, message) {
        if (this.tracking.commentId === undefined || this.settled)
            return;
        const prBlocked = explainGitHubError(error) instanceof PullRequestsNotPermittedError;
        await this.tracking.write({
            error: message,
            branch: this.branch,
            branchUrl: this.branchUrl,
            compareUrl: prBlocked && this.branchUrl
                ? `${this.repoUrl}/compare/${encodeURI(this.branch)}?expand=1`
                : undefined
        });
    }
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
// The action's outputs, set in one place so every flow reports them the same way.

function setIssueOutputs(adwId) {
    core/* setOutput */.uH('adw-id', adwId);
}
function setPlanOutputs(plan) {
    core/* setOutput */.uH('plan-path', plan.path);
    if (plan.planner)
        core/* setOutput */.uH('planner', plan.planner);
}
function setPublishedOutputs(published) {
    core/* setOutput */.uH('branch', published.branch);
    core/* setOutput */.uH('pull-request-number', String(published.pullRequest.number));
    core/* setOutput */.uH('pull-request-url', published.pullRequest.url);
    core/* setOutput */.uH('pull-request-operation', published.pullRequest.operation);
}

;// CONCATENATED MODULE: ./src/action/stages/read-issue.ts

async function readIssue(repository, source) {
    if ('issue' in source)
        return source.issue;
    const fetched = await repository.getIssue(source.issueNumber);
    const skip = issueSkipReason(fetched);
    if (skip)
        throw new TriggerError(`Cannot plan: ${skip}`);
    return fetched;
}

;// CONCATENATED MODULE: ./src/github/permission.ts

const ORDER = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
function rank(role) {
    return ORDER.indexOf(role);
}
/**
 * The user's role. `role_name` distinguishes triage and maintain, which the older `permission`
 * field folds into read and write; a custom role falls back to the base permission it extends.
 */
async function roleOf(repository, login) {
    try {
        const { data } = await repository.octokit.rest.repos.getCollaboratorPermissionLevel({
            ...repository.params,
            username: login
        });
        const named = data.role_name?.toLowerCase() ?? '';
        if (rank(named) >= 0)
            return named;
        return rank(data.permission) >= 0 ? data.permission : 'none';
    }
    catch (error) {
        // GitHub answers 404 for a user who is not a collaborator at all.
        if (error.status === 404)
            return 'none';
        throw explainGitHubError(error);
    }
}
function meetsRole(role, required) {
    return rank(role) >= rank(required);
}

;// CONCATENATED MODULE: ./src/action/stages/check-permission.ts
// Stage: does the person behind the event hold the role the workflow asks for?


/** Undefined when the sender holds `required` (one API request); else why not. */
async function checkPermission(repository, sender, required, inputName = 'required-permission') {
    const login = sender?.login;
    if (!login)
        return { reason: `the event names no sender to check for \`${required}\` access.` };
    const role = await roleOf(repository, login);
    core/* info */.pq(`${login} holds the ${role} role; ${required} is required.`);
    if (meetsRole(role, required))
        return undefined;
    return {
        reason: `${login} holds the ${role} role on this repository; \`${inputName}\` asks for ${required}.`,
        login
    };
}
// Associations of people who are neither members nor collaborators: at most read access, so
// they are refused without asking the API (a stranger's comment costs no request).
const OUTSIDERS = new Set([
    'NONE',
    'FIRST_TIMER',
    'FIRST_TIME_CONTRIBUTOR',
    'CONTRIBUTOR',
    'MANNEQUIN'
]);
/** The gate on comment commands: `comment-permission`, judged without a request for outsiders. */
async function checkCommenter(repository, sender, association, required) {
    if (!required)
        return undefined;
    if (sender && association && OUTSIDERS.has(association.toUpperCase())) {
        return {
            reason: `${sender.login} is not a collaborator on this repository (${association.toLowerCase()}); \`comment-permission\` asks for ${required}.`,
            login: sender.login
        };
    }
    return checkPermission(repository, sender, required, 'comment-permission');
}

;// CONCATENATED MODULE: ./src/action/stages/base-branch.ts
/** The `base-branch` input, else the default branch the event names, else one API request. */
async function resolveBaseBranch(configured, payload, repository) {
    if (configured)
        return configured;
    const named = payload.repository?.default_branch;
    return typeof named === 'string' ? named : repository.defaultBranch();
}

;// CONCATENATED MODULE: ./src/action/workspace.ts
// Where the research reads the repository from: the workflow's checkout when there is one,
// otherwise the base branch's tarball (one API request), so the quickstart needs no checkout step.



/** A checkout is usable when the workspace holds a git work tree with at least one file. */
function checkedOutWorkspace(workspace) {
    if (!workspace || !(0,external_node_fs_.existsSync)(workspace))
        return undefined;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, '.git')))
        return undefined;
    return (0,external_node_fs_.readdirSync)(workspace).some(name => name !== '.git') ? workspace : undefined;
}
async function resolveWorkspace(workspace, download, log) {
    const checkout = checkedOutWorkspace(workspace);
    if (checkout) {
        log.info(`Reading the checked-out repository in ${checkout}`);
        return { root: checkout, kind: 'checkout' };
    }
    const destination = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'adw-repo-'));
    log.info('No checkout in the workspace: downloading the base branch as a tarball');
    return { root: await download(destination), kind: 'tarball' };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/action/stages/deepen-history.ts
// Stage: give the research the history it reads. `actions/checkout` fetches one commit by
// default; a shallow checkout is deepened from its own `origin` to the commits the research
// reads, without file contents (commits and trees only), within a time limit. It authenticates
// as the checkout did (its persisted credentials), else with the workflow's token, handed to that
// one git command through its environment: never on a command line, in a log or in .git/config.
// A fetch that fails costs the plan nothing: the research reads what the checkout holds.


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The environment of every git command here: never a prompt, never a pager. */
function quietEnv(extra = {}) {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', ...extra };
}
async function git(root, args, options = {}) {
    const { stdout } = await run('git', ['-C', root, ...args], {
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 10_000,
        env: quietEnv(options.env),
        maxBuffer: 16 * 1024 * 1024
    });
    return stdout.trim();
}
/** The checkout's own credentials for its remote: an `http.*.extraheader` actions/checkout persisted. */
async function hasPersistedCredentials(root) {
    try {
        return (await git(root, ['config', '--get-regexp', '^http\\..*\\.extraheader$'])) !== '';
    }
    catch {
        // git exits 1 when nothing matches.
        return false;
    }
}
/**
 * The token as git's HTTP layer takes it, scoped to the server, in the variables git reads
 * configuration from (`GIT_CONFIG_COUNT`…): the command line and the config file never hold it.
 */
function tokenEnvironment(token, serverUrl) {
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`
    };
}
async function reachable(root) {
    return Number(await git(root, ['rev-list', '--count', '--first-parent', 'HEAD']));
}
/** Deepens a shallow checkout to `commits` commits, or says why it did not. */
async function deepenHistory(root, options) {
    const started = performance.now();
    const done = (status, note, commits) => ({
        status,
        note,
        ms: Math.round(performance.now() - started),
        ...(commits !== undefined ? { commits } : {})
    });
    if (options.commits <= 0)
        return done('off', 'History not read: `history-depth` is 0.');
    let head;
    try {
        if ((await git(root, ['rev-parse', '--is-shallow-repository'])) !== 'true')
            return done('complete', 'History: the checkout holds its full history.');
        head = await git(root, ['rev-parse', '--verify', 'HEAD^{commit}']);
        const present = await reachable(root);
        if (present >= options.commits)
            return done('enough', `History: the checkout holds ${present} commits.`, present);
    }
    catch (error) {
        return done('failed', `History not deepened: the checkout could not be read (${brief(error)}).`);
    }
    const env = options.token && !(await hasPersistedCredentials(root))
        ? tokenEnvironment(options.token, options.serverUrl)
        : {};
    try {
        await git(root, [
            '-c',
            'protocol.version=2',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-recurse-submodules',
            '--filter=blob:none',
            `--depth=${options.commits}`,
            'origin',
            head
        ], { timeoutMs: options.timeoutMs, env });
    }
    catch (error) {
        return done('failed', `History not deepened: \`git fetch --depth=${options.commits} --filter=blob:none origin\` ` +
            `failed (${brief(error)}); the research read the commits the checkout holds.`);
    }
    const now = await reachable(root).catch(() => undefined);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return done('deepened', `History: the shallow checkout was deepened to ${now ?? options.commits} commits ` +
        `(commits and trees, no file contents) in ${seconds} s.`, now);
}
/** A failure in a few words: git's first error line, or the timeout; never its environment. */
function brief(error) {
    const failure = error;
    if (failure.killed || failure.signal === 'SIGTERM')
        return 'timed out';
    const line = String(failure.stderr ?? failure.message ?? error)
        .split('\n')
        .map(text => text.trim())
        .find(text => /^(?:fatal|error):/i.test(text));
    return (line ?? 'git failed').slice(0, 200);
}

// EXTERNAL MODULE: ./src/pipeline/templates-dir.ts
var templates_dir = __webpack_require__(1155);
;// CONCATENATED MODULE: ./src/action/stages/research-and-plan.ts
// Stage: read the repository (the checkout, else the base branch's tarball), then run the
// shared pipeline on it: research, plan, validate, name.







/** The longest a shallow checkout's deepening may take before the plan goes on without it. */
const DEEPEN_TIMEOUT_MS = 60_000;
/** Puts the repository on disk (with its history) and finds its template overrides. */
async function readRepository(run, baseBranch) {
    const source = await core/* group */.Os('Read the repository', () => resolveWorkspace(process.env.GITHUB_WORKSPACE, destination => run.repository().downloadTarball(baseBranch, destination), actionLogger));
    run.report.history = await core/* group */.Os('Read the history', async () => {
        const note = source.kind === 'tarball'
            ? 'History not read: the workflow has no checkout step. Add `actions/checkout` ' +
                '(`fetch-depth: 0`, `filter: blob:none`) for plans that read past changes.'
            : (await deepenHistory(source.root, {
                commits: run.inputs.historyCommits,
                token: run.inputs.token,
                serverUrl: run.serverUrl,
                timeoutMs: DEEPEN_TIMEOUT_MS
            })).note;
        core/* info */.pq(note);
        return note;
    });
    // A broken override must not end the run: say where it is broken, then use the built-in.
    run.onEnd((0,render/* onTemplateWarning */.A8)(message => run.warn(message), source.root));
    const templatesDir = (0,templates_dir/* resolveTemplatesDir */.zD)(source.root, run.inputs.templatesDir);
    if (templatesDir) {
        core/* info */.pq(`Templates and context: ${templatesDir}/ overrides the built-in templates.`);
    }
    return { root: source.root, templatesDir };
}
/** The absolute templates directory of a tree, for renderers outside the pipeline. */
function templatesRootOf(tree) {
    return tree.templatesDir ? (0,external_node_path_.join)(tree.root, tree.templatesDir) : undefined;
}
async function researchAndPlan(run, request) {
    // Loaded only when there is something to plan: the model SDKs and the planners are most of
    // the bundle, and most events a workflow sees are not triggers.
    const { makePlan } = await Promise.all(/* import() */[__webpack_require__.e(914), __webpack_require__.e(176)]).then(__webpack_require__.bind(__webpack_require__, 1176));
    const plan = await makePlan({
        adwId: request.adwId,
        kind: request.kind,
        issue: request.issue,
        root: request.tree.root,
        inputs: { ...run.inputs, templatesDir: request.tree.templatesDir },
        log: actionLogger
    });
    run.report.plan = plan.result;
    run.report.planPath = plan.path;
    run.report.research = plan.research;
    return plan;
}

;// CONCATENATED MODULE: ./src/action/flows/plan-issue.ts
// The first flow: a trigger label (or a hand-run workflow) asks for a plan of an issue.
// read the issue -> check who asked -> require a description -> research and plan -> publish.








async function planIssue(run, trigger) {
    const { inputs, report } = run;
    const repository = run.repository();
    const issue = await core/* group */.Os('Read the issue', () => readIssue(repository, trigger));
    const adwId = String(issue.number);
    report.adwId = adwId;
    setIssueOutputs(adwId);
    core/* info */.pq(`Planning #${adwId}: ${issue.title}`);
    const baseBranch = await resolveBaseBranch(inputs.baseBranch, run.event.payload, repository);
    const kind = trigger.planKind;
    report.kind = kind;
    const publisher = new PlanPublisher(repository, {
        owner: run.owner,
        repo: run.repo,
        adwId,
        kind,
        inputs,
        serverUrl: run.serverUrl,
        runUrl: run.runUrl,
        label: trigger.label ?? labelFor(kind, inputs.labels),
        command: inputs.commentCommand
    });
    run.reportFailuresWith((error, message) => publisher.reportFailure(error, message));
    if (inputs.requiredPermission) {
        const refusal = await core/* group */.Os('Check who asked', () => checkPermission(repository, trigger.sender, inputs.requiredPermission));
        if (refusal) {
            core/* notice */.lm(`Nothing to plan: ${refusal.reason}`);
            if (!inputs.dryRun && refusal.login) {
                await publisher.declineTrigger(refusal.login, inputs.requiredPermission);
            }
            report.reason = refusal.reason;
            return;
        }
    }
    if (issue.body.trim() === '') {
        // The seed's rule: with no prompt, stop and ask for one. Nothing else is written.
        if (!inputs.dryRun)
            await publisher.askForDescription();
        throw new Error(`Issue #${adwId} has no description to plan from. Describe the ${kind} in the issue body, ` +
            'then re-apply the trigger label.');
    }
    if (!inputs.dryRun)
        await core/* group */.Os('Tell the issue', () => publisher.announcePlanning());
    const tree = await readRepository(run, baseBranch);
    publisher.useTemplates(templatesRootOf(tree));
    const plan = await researchAndPlan(run, { adwId, kind, issue, tree });
    setPlanOutputs({ path: plan.path, planner: plan.result.planner });
    if (inputs.dryRun) {
        core/* info */.pq('Dry run: nothing is written to the repository or the issue.');
        report.status = 'dry-run';
        return;
    }
    const published = await core/* group */.Os('Publish the plan', () => publisher.publish({ baseBranch, issue, plan: plan.result, path: plan.path }));
    report.status = 'published';
    report.published = published;
    setPublishedOutputs(published);
}

;// CONCATENATED MODULE: ./src/github/contents.ts
// One file read and rewritten through the contents API: two requests for a revision, where the
// Git Data API needs six. The write names the blob it replaces, so a file someone else changed
// since the read is never overwritten: GitHub refuses, and the caller reads again.

/** The file made a newer commit than the one the caller read. */
class FileChangedError extends Error {
    name = 'FileChangedError';
}
/** The file at `path` on `ref`, or undefined when there is none. One request. */
async function readFile(repo, path, ref) {
    try {
        const { data } = await repo.octokit.rest.repos.getContent({ ...repo.params, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return {
            path: data.path,
            text: Buffer.from(data.content, 'base64').toString('utf8'),
            sha: data.sha
        };
    }
    catch (error) {
        if (hasStatus(error, 404))
            return undefined;
        throw explainGitHubError(error);
    }
}
/** File names in a directory on `ref` (empty when the directory does not exist). One request. */
async function contents_listDirectory(repo, path, ref) {
    try {
        const { data } = await repo.octokit.rest.repos.getContent({ ...repo.params, path, ref });
        return Array.isArray(data)
            ? data.filter(entry => entry.type === 'file').map(entry => entry.path)
            : [];
    }
    catch (error) {
        if (hasStatus(error, 404))
            return [];
        throw explainGitHubError(error);
    }
}
/**
 * Commits `text` at `path` on `branch`, on top of the branch head (never a force push), replacing
 * the blob `replaces`. No author or committer is sent, so GitHub signs the commit for an app
 * token. Throws FileChangedError when the file changed since it was read. One request.
 */
async function writeFile(repo, options) {
    try {
        const { data } = await repo.octokit.rest.repos.createOrUpdateFileContents({
            ...repo.params,
            path: options.path,
            branch: options.branch,
            message: options.message,
            content: Buffer.from(options.text, 'utf8').toString('base64'),
            sha: options.replaces
        });
        return { sha: data.commit.sha ?? '', url: data.commit.html_url ?? '' };
    }
    catch (error) {
        if (hasStatus(error, 409)) {
            throw new FileChangedError(`${options.path} changed on ${options.branch} since it was read`);
        }
        throw explainGitHubError(error);
    }
}

;// CONCATENATED MODULE: ./src/action/stages/locate-plan.ts
// Stage: find the plan a command is about: its pull request (from the event, or one request)
// and the plan file on its branch (the pull request's own record of it, else a listing).







/** A pull request read from the API, judged like one from a webhook payload. */
function planPullFromApi(info, repository, branchPrefix) {
    return readPlanPull({
        number: info.number,
        html_url: info.url,
        body: info.body,
        state: info.state,
        head: {
            ref: info.headRef,
            sha: info.headSha,
            repo: info.headRepo ? { full_name: info.headRepo } : null
        },
        base: { ref: info.baseRef }
    }, { full_name: repository.fullName }, branchPrefix);
}
/** The plan pull request a comment on a pull request is about. One request. */
async function planPullByNumber(repository, pullNumber, branchPrefix) {
    return planPullFromApi(await getPullRequest(repository, pullNumber), repository, branchPrefix);
}
/**
 * The open plan pull request of an issue: of the kind asked for, else of the kinds its trigger
 * labels name (most specific first), else a feature plan. One request per kind tried; undefined
 * (with the kind a first plan should have) when there is none.
 */
async function planPullOfIssue(repository, issue, options) {
    const labelled = KIND_PRIORITY.filter(kind => issue.labels.some(label => options.labels[label.trim().toLowerCase()] === kind));
    const candidates = options.requested
        ? [options.requested]
        : [...new Set([...labelled, 'feature', ...naming/* planKinds */.x8])];
    for (const kind of candidates) {
        const branch = (0,naming/* branchName */.at)(options.branchPrefix, String(issue.number), kind);
        const info = await openPullRequestFrom(repository, branch);
        if (!info)
            continue;
        const pull = planPullFromApi(info, repository, options.branchPrefix);
        if ('headRef' in pull)
            return { pull, kind };
    }
    return { kind: options.requested ?? labelled[0] ?? 'feature' };
}
/**
 * The plan file on the pull request's branch: where its body says (one request), else the issue's
 * plan file of that kind in `specsDir` (a listing, then the read).
 */
async function readPlanFile(repository, pull, specsDir) {
    const recorded = readState(pull.body, { adwId: pull.adwId, kind: pull.kind, specsDir }).path;
    if (recorded) {
        const file = await readFile(repository, recorded, pull.headRef);
        if (file)
            return file;
    }
    const found = (await contents_listDirectory(repository, specsDir, pull.headRef)).find(path => external_node_path_.posix.dirname(path) === specsDir && (0,naming/* isPlanFileFor */.D_)(pull.adwId, external_node_path_.posix.basename(path), pull.kind));
    return found ? readFile(repository, found, pull.headRef) : undefined;
}

;// CONCATENATED MODULE: ./src/action/publish/courtesy.ts

/**
 * Runs `write`; on failure warns `${what}: <reason>` (in the log and the job summary) instead
 * of failing the run. True when the write went through.
 */
async function courtesyWrite(run, what, write) {
    try {
        await write();
        return true;
    }
    catch (error) {
        // GraphQL errors come as a multi-line list; a warning is one line.
        const reason = explainGitHubError(error).message.replace(/\s+/g, ' ').trim();
        run.warn(`${what}: ${reason}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/github/reactions.ts
// Reactions that acknowledge a command: `eyes` when work starts. A comment gets a REST reaction;
// a review has no REST reaction endpoint, so its node id goes through GraphQL.

const ADD_REACTION = `mutation($subjectId: ID!, $content: ReactionContent!) {
  addReaction(input: { subjectId: $subjectId, content: $content }) { reaction { content } }
}`;
/** Adds `eyes`; an existing reaction of the same kind is fine (GitHub answers 200). One request. */
async function addEyes(repo, target) {
    try {
        if (target.type === 'issue-comment') {
            await repo.octokit.rest.reactions.createForIssueComment({
                ...repo.params,
                comment_id: target.id,
                content: 'eyes'
            });
            return;
        }
        await repo.octokit.graphql(ADD_REACTION, { subjectId: target.nodeId, content: 'EYES' });
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}

;// CONCATENATED MODULE: ./src/github/review-comments.ts
// A review's inline comments: the reviewer's feedback on particular lines of the plan.

/** Every inline comment of one review, in the order GitHub lists them. One request per 100. */
async function reviewComments(repo, pullNumber, reviewId) {
    try {
        const comments = await repo.octokit.paginate(repo.octokit.rest.pulls.listCommentsForReview, {
            ...repo.params,
            pull_number: pullNumber,
            review_id: reviewId,
            per_page: 100
        });
        return comments.map(comment => {
            const raw = comment;
            return {
                path: comment.path,
                line: raw.line ?? undefined,
                startLine: raw.start_line ?? raw.line ?? undefined,
                body: comment.body
            };
        });
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}

// EXTERNAL MODULE: ./src/plan/format/plan-format.ts
var plan_format = __webpack_require__(9966);
// EXTERNAL MODULE: ./src/plan/format/sections.ts
var sections = __webpack_require__(1083);
// EXTERNAL MODULE: ./src/plan/format/compare.ts
var compare = __webpack_require__(280);
;// CONCATENATED MODULE: ./src/action/flows/revise-plan.ts
// The revision flow: `/plan <feedback>` on a plan pull request (a comment or a review) or on its
// issue. check who asked -> find the plan -> acknowledge (eyes) -> research and revise -> commit
// on the plan branch (fast-forward only) -> reply once -> update the tracking comment. Only the
// revision and its commit decide the run: the 👀 and the writes that tell people about it are
// courtesies (see courtesy.ts).





















// A reviewer and the action writing at once: read again and revise again, a few times at most.
const MAX_ATTEMPTS = 3;
async function revisePlan(run, trigger) {
    const { inputs, report } = run;
    report.flow = 'revision';
    const repository = run.repository();
    const refusal = await core/* group */.Os('Check who asked', () => checkCommenter(repository, trigger.sender, trigger.source.association, inputs.commentPermission));
    if (refusal) {
        // No reply: on a public repository a stranger must not be able to make the bot talk.
        core/* notice */.lm(`Not revising: ${refusal.reason}`);
        report.reason = refusal.reason;
        return;
    }
    const located = await core/* group */.Os('Find the plan', () => locate(run, trigger));
    if ('reason' in located) {
        core/* info */.pq(`Nothing to revise: ${located.reason}`);
        report.reason = located.reason;
        return;
    }
    if ('firstPlan' in located) {
        // No plan of that kind yet: the command plans the issue, as its trigger label would.
        if (!inputs.dryRun)
            await acknowledge(run, trigger, 'planning anyway');
        await planIssue(run, {
            kind: 'plan',
            adwId: String(trigger.issue.number),
            issue: trigger.issue,
            planKind: located.firstPlan,
            sender: trigger.sender,
            via: trigger.via
        });
        return;
    }
    const session = await openSession(run, trigger, located.pull);
    for (let attempt = 1;; attempt++) {
        if ((await reviseOnce(session, attempt)) === 'done')
            return;
    }
}
/** Acknowledges the command, then reads what every attempt needs: review comments, the tree. */
async function openSession(run, trigger, pull) {
    const { inputs, report } = run;
    const repository = run.repository();
    report.adwId = pull.adwId;
    report.kind = pull.kind;
    setIssueOutputs(pull.adwId);
    const reply = new Reply(run, repository, trigger.issue?.number ?? pull.number);
    if (!inputs.dryRun) {
        await acknowledge(run, trigger, 'revising anyway');
        run.reportFailuresWith((_error, message) => reply.failed(message));
    }
    const comments = trigger.source.type === 'review'
        ? await core/* group */.Os('Read the review', () => reviewComments(repository, pull.number, trigger.source.id))
        : [];
    const base = pull.baseRef ?? (await resolveBaseBranch(inputs.baseBranch, run.event.payload, repository));
    const tree = await readRepository(run, base);
    reply.useTemplates(templatesRootOf(tree));
    return { run, trigger, pull, repository, reply, comments, tree };
}
/**
 * One round: read the plan, revise it, commit it on top of what was read. `again` when the
 * plan changed on the branch meanwhile (another command, a push), so it is read and revised anew.
 */
async function reviseOnce(session, attempt) {
    const { run, trigger, pull, repository, reply } = session;
    const { inputs, report } = run;
    const file = await readPlanFile(repository, pull, inputs.specsDir);
    if (!file) {
        throw new Error(`No ${pull.kind} plan for #${pull.adwId} in ${inputs.specsDir}/ on ${pull.headRef}.`);
    }
    const revised = await reviseFile(session, file);
    if (!revised)
        return 'done';
    report.plan = revised.result;
    report.planPath = revised.path;
    report.research = revised.research;
    report.review = revised.review;
    setPlanOutputs({ path: revised.path, planner: revised.result.planner });
    if (!(0,compare/* hasChanges */.i)(revised.changes)) {
        const missed = revised.review?.notAppliedNote;
        core/* info */.pq(missed ?? 'The revised plan is the same as the current one: nothing to commit.');
        report.status = 'unchanged';
        if (missed)
            report.reason = missed;
        if (!inputs.dryRun)
            await reply.unchanged(revised, pull.headRef);
        return 'done';
    }
    if (inputs.dryRun) {
        core/* info */.pq('Dry run: the revised plan is not committed.');
        report.status = 'dry-run';
        return 'done';
    }
    let commit;
    try {
        commit = await core/* group */.Os('Commit the revised plan', () => writeFile(repository, {
            branch: pull.headRef,
            path: file.path,
            text: revised.result.markdown,
            replaces: file.sha,
            message: commitMessage(pull.adwId, trigger.feedback)
        }));
    }
    catch (error) {
        if (!(error instanceof FileChangedError) || attempt >= MAX_ATTEMPTS)
            throw error;
        core/* info */.pq(`${error.message}; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        return 'again';
    }
    // The commit stands from here on: what follows only tells people about it.
    report.status = 'revised';
    report.revision = { commitUrl: commit.url, changes: revised.changes };
    run.reportFailuresWith(async () => undefined);
    await core/* group */.Os('Tell the reviewers', () => tellReviewers(session, { revised, commit }));
    return 'done';
}
/**
 * The revision of the plan file as read, through the pipeline; undefined when the pipeline
 * refused (hand edits) or failed (a model that stays invalid), after saying so where people look.
 */
async function reviseFile(session, file) {
    const { run, trigger, pull, repository, reply, tree } = session;
    const { inputs, report } = run;
    const feedback = {
        text: trigger.feedback,
        comments: session.comments.filter(comment => comment.path === file.path)
    };
    if (!feedback.text && feedback.comments.length === 0) {
        throw new Error(`\`${inputs.commentCommand}\` needs feedback: write what to change after it, or comment on lines of ${file.path}.`);
    }
    const { revisePlan: revise, RevisionError } = await Promise.all(/* import() */[__webpack_require__.e(914), __webpack_require__.e(176), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 1999));
    try {
        return await revise({
            adwId: pull.adwId,
            kind: pull.kind,
            issue: await issueOf(repository, file, pull),
            root: tree.root,
            inputs: { ...inputs, templatesDir: tree.templatesDir },
            log: actionLogger,
            current: { path: file.path, markdown: file.text },
            feedback
        });
    }
    catch (error) {
        if (!(error instanceof RevisionError))
            throw error;
        if (!inputs.dryRun)
            await reply.failed(error.message, error.problems.map(p => p.message));
        report.status = 'failed';
        report.error = error.message;
        core/* setFailed */.C1(error.message);
        return undefined;
    }
}
async function locate(run, trigger) {
    const repository = run.repository();
    const { branchPrefix, labels } = run.inputs;
    if (trigger.pull)
        return { pull: trigger.pull };
    if (trigger.pullNumber !== undefined) {
        const pull = await planPullByNumber(repository, trigger.pullNumber, branchPrefix);
        if ('reason' in pull)
            return { reason: pull.reason };
        if (pull.state !== 'open')
            return { reason: `pull request #${pull.number} is not open.` };
        return { pull };
    }
    const issue = trigger.issue;
    const found = await planPullOfIssue(repository, issue, {
        requested: trigger.requestedKind,
        labels,
        branchPrefix
    });
    return found.pull ? { pull: found.pull } : { firstPlan: found.kind };
}
/** 👀 on the command: a courtesy, so a refused reaction is a warning and the work goes on. */
async function acknowledge(run, trigger, then) {
    const { source } = trigger;
    const target = source.type === 'issue-comment'
        ? { type: 'issue-comment', id: source.id }
        : source.nodeId
            ? { type: 'review', nodeId: source.nodeId }
            : undefined;
    if (!target)
        return;
    await courtesyWrite(run, `Could not add the 👀 reaction to the command (${then})`, () => addEyes(run.repository(), target));
}
/** The issue as the plan's Metadata holds it; the API only when the Metadata was edited away. */
async function issueOf(repository, file, pull) {
    const metadata = (0,plan_format/* extractMetadata */.Rb)(file.text);
    const title = (0,sections/* featureNameOf */.n4)(file.text) || `#${pull.adwId}`;
    if (metadata.prompt !== undefined && metadata.adwId === pull.adwId) {
        return { number: Number(pull.adwId), title, body: metadata.prompt };
    }
    const issue = await repository.getIssue(Number(pull.adwId));
    return { number: issue.number, title: issue.title, body: issue.body };
}
/** The embedded planner's account for the reply; a model's revision makes none (empty lists). */
const reviewOf = (revised) => revised.review ?? { applied: [], notApplied: [] };
function commitMessage(adwId, feedback) {
    const first = feedback
        .split('\n')
        .find(line => line.trim() !== '')
        ?.replace(/[\u0000-\u001f\u007f]/g, '')
        .trim();
    const subject = `Revise plan for #${adwId}${first ? `: ${first}` : ''}`;
    const short = subject.length > 100 ? `${subject.slice(0, 99)}…` : subject;
    return `${short}\n\nRefs #${adwId}\n${PLAN_COMMIT_TRAILER}`;
}
/**
 * Tells the reviewers about a committed revision: the reply, the issue's tracking comment and
 * the pull request's summary. Each is a courtesy: one GitHub refuses is a warning, not a failure.
 */
async function tellReviewers(session, done) {
    const { run, trigger, pull, repository, reply } = session;
    const { revised, commit } = done;
    const { inputs } = run;
    const planUrl = `${run.repoUrl}/blob/${encodeURI(pull.headRef)}/${encodeURI(revised.path)}`;
    const landed = `The revised plan is committed (${commit.url}), but`;
    await reply.revised({ revised, commit, planUrl, author: trigger.sender?.login }, landed);
    const state = readState(pull.body, {
        adwId: pull.adwId,
        kind: pull.kind,
        specsDir: inputs.specsDir
    });
    const tracking = trackingCommentOf(run, pull, state.tracking);
    tracking.useTemplates(reply.templatesRoot);
    await courtesyWrite(run, `${landed} the issue's tracking comment could not be updated`, () => tracking.write({
        done: true,
        pullRequestNumber: pull.number,
        pullRequestUrl: pull.url ?? `${run.repoUrl}/pull/${pull.number}`,
        branch: pull.headRef,
        planPath: revised.path,
        planUrl,
        planner: revised.result.planner,
        revisionSha: commit.sha.slice(0, 7),
        revisionUrl: commit.url,
        feedbackAuthor: trigger.sender?.login,
        feedbackUrl: trigger.source.url ?? pull.url
    }));
    let updated = false;
    await courtesyWrite(run, `${landed} the pull request's summary could not be updated`, async () => {
        const body = pullRequestBody({
            issueNumber: Number(pull.adwId),
            kind: pull.kind,
            path: revised.path,
            planUrl,
            plan: revised.result,
            tracking: tracking.commentId,
            templatesRoot: reply.templatesRoot
        });
        updated = await updatePullRequestBody(repository, pull, body);
    });
    core/* setOutput */.uH('branch', pull.headRef);
    core/* setOutput */.uH('pull-request-number', String(pull.number));
    if (pull.url)
        core/* setOutput */.uH('pull-request-url', pull.url);
    core/* setOutput */.uH('pull-request-operation', updated ? 'updated' : 'unchanged');
}
/** The one reply a command gets, on the pull request or the issue where it was written. */
class Reply {
    run;
    repository;
    number;
    templatesRoot;
    sent = false;
    constructor(run, repository, number) {
        this.run = run;
        this.repository = repository;
        this.number = number;
    }
    useTemplates(directory) {
        this.templatesRoot = directory;
    }
    /** Posts the reply once; a reply GitHub refuses is a warning (`what` says what it was for). */
    async send(state, what = 'The reply to the command') {
        if (this.sent)
            return;
        const body = (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('revision-reply.md.hbs', this.templatesRoot), {
            runUrl: this.run.runUrl,
            ...state
        });
        this.sent = await courtesyWrite(this.run, `${what} could not be posted`, () => postComment(this.repository, this.number, body));
    }
    revised(done, landed) {
        return this.send({
            revised: true,
            planPath: done.revised.path,
            planUrl: done.planUrl,
            commitSha: done.commit.sha.slice(0, 7),
            commitUrl: done.commit.url,
            author: done.author,
            changes: done.revised.changes,
            review: reviewOf(done.revised),
            planner: done.revised.result.planner,
            model: done.revised.result.usage?.model
        }, `${landed} the reply to the command`);
    }
    unchanged(revised, branch) {
        return this.send({
            unchanged: true,
            review: reviewOf(revised),
            planPath: revised.path,
            planUrl: `${this.run.repoUrl}/blob/${encodeURI(branch)}/${encodeURI(revised.path)}`
        });
    }
    failed(error, problems = []) {
        return this.send({ error, problems });
    }
}

;// CONCATENATED MODULE: ./src/github/labels.ts

/** Adds one label to an issue (GitHub creates it when the repository has none by that name). */
async function addLabel(repo, issueNumber, label) {
    try {
        await repo.octokit.rest.issues.addLabels({
            ...repo.params,
            issue_number: issueNumber,
            labels: [label]
        });
    }
    catch (error) {
        throw explainGitHubError(error);
    }
}

;// CONCATENATED MODULE: ./src/github/workflow-dispatch.ts
// Starts a workflow by workflow_dispatch: the one event a workflow token may cause that starts
// another workflow. GitHub's refusals here are terse; each one is turned into the fix.

class DispatchError extends Error {
    name = 'DispatchError';
}
/** Starts the workflow; throws DispatchError naming the permission or trigger to add. One request. */
async function dispatchWorkflow(repo, dispatch) {
    const file = `.github/workflows/${dispatch.workflow}`;
    try {
        await repo.octokit.rest.actions.createWorkflowDispatch({
            ...repo.params,
            workflow_id: dispatch.workflow,
            ref: dispatch.ref,
            inputs: dispatch.inputs
        });
    }
    catch (error) {
        const detail = githubMessage(error);
        if (hasStatus(error, 403)) {
            throw new DispatchError(`GitHub refused to start ${dispatch.workflow} (403 ${detail}): grant \`actions: write\` in the workflow's \`permissions:\` block.`);
        }
        if (hasStatus(error, 404)) {
            throw new DispatchError(`GitHub found no workflow ${dispatch.workflow} (404): \`approved-workflow\` must name a file in .github/workflows/ on ${dispatch.ref}.`);
        }
        if (hasStatus(error, 422) && /workflow_dispatch/i.test(detail)) {
            throw new DispatchError(`${file} cannot be started by the action (422 ${detail}): add \`on: workflow_dispatch:\` with the inputs \`issue-number\` and \`plan-path\` to it.`);
        }
        if (hasStatus(error, 422) && /unexpected inputs/i.test(detail)) {
            throw new DispatchError(`${file} does not declare the inputs it is given (422 ${detail}): declare \`issue-number\` and \`plan-path\` under its \`on: workflow_dispatch: inputs:\`.`);
        }
        throw explainGitHubError(error);
    }
}

;// CONCATENATED MODULE: ./src/action/flows/hand-off.ts
// The handoff flow: a plan pull request was merged, so the plan is approved. The tracking comment
// says so with a link to the plan on the base branch; optionally a label on the issue and a
// workflow_dispatch start whoever builds it. No git writes; at most four requests.









async function handOff(run, trigger) {
    const { inputs, report } = run;
    const { pull } = trigger;
    report.flow = 'handoff';
    report.adwId = pull.adwId;
    report.kind = pull.kind;
    setIssueOutputs(pull.adwId);
    const repository = run.repository();
    const base = pull.baseRef ?? (await repository.defaultBranch());
    const state = readState(pull.body, {
        adwId: pull.adwId,
        kind: pull.kind,
        specsDir: inputs.specsDir
    });
    const path = state.path ??
        (await contents_listDirectory(repository, inputs.specsDir, base)).find(candidate => (0,naming/* isPlanFileFor */.D_)(pull.adwId, external_node_path_.posix.basename(candidate), pull.kind));
    if (!path) {
        throw new Error(`Pull request #${pull.number} was merged, but ${base} holds no ${pull.kind} plan for #${pull.adwId} in ${inputs.specsDir}/.`);
    }
    report.planPath = path;
    setPlanOutputs({ path });
    const planUrl = `${run.repoUrl}/blob/${encodeURI(base)}/${encodeURI(path)}`;
    const handoff = { planUrl };
    report.handoff = handoff;
    const tracking = trackingCommentOf(run, pull, state.tracking);
    // The merge commit, recorded in the comment: a re-run of this job must not start a second build.
    const mark = `<!-- adw-plan:handed-off ${pull.mergeCommitSha ?? pull.number} -->`;
    if (inputs.dryRun) {
        core/* info */.pq(`Dry run: the approval of ${path} is not announced and nothing is started.`);
        report.status = 'dry-run';
        return;
    }
    if (inputs.approvedLabel) {
        await core/* group */.Os('Label the issue', () => addLabel(repository, Number(pull.adwId), inputs.approvedLabel));
        handoff.label = inputs.approvedLabel;
    }
    if (inputs.approvedWorkflow) {
        const workflow = inputs.approvedWorkflow;
        const already = await tracking.contains(mark);
        if (already) {
            core/* info */.pq(`This merge was already handed off to ${workflow}; not starting it again.`);
            handoff.workflow = workflow;
        }
        else {
            try {
                await core/* group */.Os(`Start ${workflow}`, () => dispatchWorkflow(repository, {
                    workflow,
                    ref: base,
                    inputs: { 'issue-number': pull.adwId, 'plan-path': path }
                }));
                handoff.workflow = workflow;
            }
            catch (error) {
                if (!(error instanceof DispatchError))
                    throw error;
                handoff.error = error.message;
            }
        }
    }
    await core/* group */.Os('Tell the issue', () => tracking.write({
        approved: true,
        pullRequestNumber: pull.number,
        pullRequestUrl: pull.url ?? `${run.repoUrl}/pull/${pull.number}`,
        mergedBy: pull.mergedBy,
        planPath: path,
        planUrl,
        baseBranch: base,
        labelAdded: handoff.label,
        workflowStarted: Boolean(handoff.workflow),
        workflow: inputs.approvedWorkflow,
        workflowUrl: inputs.approvedWorkflow
            ? `${run.repoUrl}/actions/workflows/${encodeURIComponent(inputs.approvedWorkflow)}`
            : undefined,
        handoffError: handoff.error
    }, handoff.workflow || !handoff.error ? mark : ''));
    if (handoff.error)
        throw new Error(handoff.error);
    report.status = 'handed-off';
}

;// CONCATENATED MODULE: ./src/action/run.ts
// The action: read the inputs and the event, run the flow the event asks for (a first plan, a
// revision, a handoff), then report: outputs, job summary, and any failure where people look.










async function run_run() {
    let current;
    try {
        const { eventName, payload } = github/* context */._;
        const inputs = getInputs(payload);
        const action = new ActionRun(inputs, { name: eventName, payload });
        current = action;
        const trigger = readTrigger({
            eventName,
            payload,
            labels: inputs.labels,
            issueNumber: inputs.issueNumber,
            dispatchKind: inputs.kind,
            allowBots: inputs.allowBots,
            commentCommand: inputs.commentCommand,
            branchPrefix: inputs.branchPrefix
        });
        if (trigger.kind === 'skip') {
            core/* info */.pq(`Nothing to plan: ${trigger.reason}`);
            action.report.reason = trigger.reason;
        }
        else {
            await runFlow(action, trigger);
            const requests = action.requests();
            if (requests !== undefined)
                core/* info */.pq(`GitHub API requests: ${requests}`);
        }
        action.report.requests = action.requests();
        await writeJobSummary(action.report);
    }
    catch (error) {
        await fail(current, error);
    }
    finally {
        current?.end();
    }
}
/** Each kind of event has its own flow: a sequence of the same stages. */
function runFlow(action, trigger) {
    switch (trigger.kind) {
        case 'revise':
            return revisePlan(action, trigger);
        case 'handoff':
            return handOff(action, trigger);
        default:
            return planIssue(action, trigger);
    }
}
async function fail(action, error) {
    const message = explainGitHubError(error).message;
    if (action) {
        action.report.status = 'failed';
        action.report.error = message;
        action.report.requests = action.requests() ?? 0;
        try {
            await action.reportFailure(error, message);
        }
        catch (commentError) {
            core/* warning */.$e(`Could not report the failure on the issue: ${explainGitHubError(commentError).message}`);
        }
        await writeJobSummary(action.report).catch(() => undefined);
    }
    else {
        await writeJobSummary({ status: 'failed', error: message, requests: 0 }).catch(() => undefined);
    }
    core/* setFailed */.C1(message);
}


/***/ }),

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ comparePlans),
/* harmony export */   i: () => (/* binding */ hasChanges)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4534);
// What a revision changed in a plan, in the words a reviewer scans for: sections added, removed
// or rewritten, and files that joined or left Relevant Files.

/** Each section (level 2 and below) by its heading path, with its own text. */
function sections(doc) {
    const found = new Map();
    const path = [];
    for (const heading of doc.headings) {
        if (heading.level < 2)
            continue;
        path.length = Math.max(0, heading.level - 2);
        path.push(heading.text);
        const key = path.filter(Boolean).join(' > ');
        const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionBody */ .gt)(doc, heading).join('\n').trim();
        // A heading repeated at one level (two `#### Tasks`) keeps each body apart.
        let unique = key;
        for (let n = 2; found.has(unique); n++)
            unique = `${key} (${n})`;
        found.set(unique, text);
    }
    return found;
}
function relevantPaths(doc) {
    const heading = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .findHeading */ .iE)(doc, 'Relevant Files', 2);
    return heading ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .bulletPaths */ .f2)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionTree */ .cJ)(doc, heading)) : [];
}
function comparePlans(before, after) {
    const old = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .outline */ .rj)(before);
    const now = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .outline */ .rj)(after);
    const was = sections(old);
    const is = sections(now);
    const oldFiles = new Set(relevantPaths(old));
    const newFiles = relevantPaths(now);
    return {
        added: [...is.keys()].filter(key => !was.has(key)),
        removed: [...was.keys()].filter(key => !is.has(key)),
        changed: [...is.keys()].filter(key => was.has(key) && was.get(key) !== is.get(key)),
        filesAdded: [...new Set(newFiles.filter(path => !oldFiles.has(path)))],
        filesDropped: [...oldFiles].filter(path => !newFiles.includes(path))
    };
}
function hasChanges(changes) {
    return Object.values(changes).some(list => list.length > 0);
}


/***/ }),

/***/ 1083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ appendToNotes),
/* harmony export */   Nl: () => (/* binding */ titleLine),
/* harmony export */   XU: () => (/* binding */ metadataSection),
/* harmony export */   _H: () => (/* binding */ replaceMetadata),
/* harmony export */   n4: () => (/* binding */ featureNameOf)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4534);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);
// Reading and editing a plan's own sections: its title line, the Metadata section that holds the
// issue verbatim, and Notes. Fence-aware, so headings quoted inside the issue body are left alone.


// The title line of any plan kind: a model asked for a bug plan may still answer `# Feature:`,
// and the validator, not the extraction, is the one to say so.
const titleLine = /^# (?:Feature|Bug|Chore):[ \t]*(.*)$/m;
/** The Metadata section every plan carries: the issue number and its body verbatim. */
function metadataSection(adwId, prompt) {
    return `## Metadata\nadw_id: \`${adwId}\`\n${(0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPrompt */ .u6)(prompt)}`;
}
/** The name after `# Feature:` / `# Bug:` / `# Chore:`, or '' when the line is missing. */
function featureNameOf(markdown) {
    return titleLine.exec(markdown)?.[1].trim() ?? '';
}
/**
 * Line range [start, end) of a level-2 section, heading line included. Fence-aware: a
 * `## Notes` line quoted inside the Metadata's fenced issue body is not a heading.
 */
function sectionLines(lines, heading) {
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .outline */ .rj)(lines.join('\n'));
    const found = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .findHeading */ .iE)(doc, heading, 2);
    if (!found)
        return undefined;
    const next = doc.headings.find(h => h.line > found.line && h.level <= 2);
    return { start: found.line, end: next ? next.line : lines.length };
}
function trimBlankEnd(lines) {
    const out = [...lines];
    while (out.length > 0 && out[out.length - 1].trim() === '')
        out.pop();
    return out;
}
/**
 * Replaces the `## Metadata` section with `section` (the heading and its lines). Without one,
 * it goes right after the title line, where every Plan Format puts it.
 */
function replaceMetadata(markdown, section) {
    const lines = markdown.split('\n');
    const block = [...section.trim().split('\n'), ''];
    const found = sectionLines(lines, 'Metadata');
    if (found) {
        return [...lines.slice(0, found.start), ...block, ...lines.slice(found.end)].join('\n');
    }
    const title = lines.findIndex(line => titleLine.test(line));
    if (title < 0)
        return markdown;
    let rest = title + 1;
    while (rest < lines.length && lines[rest].trim() === '')
        rest++;
    return [...lines.slice(0, title + 1), '', ...block, ...lines.slice(rest)].join('\n');
}
/** Appends a line at the end of the `## Notes` section (adding the section if it is missing). */
function appendToNotes(markdown, line) {
    const lines = markdown.split('\n');
    const found = sectionLines(lines, 'Notes');
    if (!found)
        return `${markdown.trimEnd()}\n\n## Notes\n${line}\n`;
    const notes = trimBlankEnd(lines.slice(found.start, found.end));
    const after = lines.slice(found.end);
    const tail = after.length > 0 ? ['', ...after] : [''];
    return [...lines.slice(0, found.start), ...notes, line, ...tail].join('\n');
}


/***/ })

};
