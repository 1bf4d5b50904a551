// The Node that runs the bundles the end-to-end tests spawn: this process's own (Node 24, the
// action's runtime), or the one ADW_TEST_DIST_NODE names. CI names Node 20 there, the least
// version package.json's `engines` promises for the bundled CLI.
export const distNode = process.env.ADW_TEST_DIST_NODE || process.execPath
