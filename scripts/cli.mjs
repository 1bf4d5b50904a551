// `npm run plan|research|revise`: the bundled CLI, which needs no install. npm starts a script in
// this checkout, but the person meant the directory they typed the command in (npm passes it as
// INIT_CWD): the default --repo and every relative path they give are read from there.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD)
await import('../dist/cli.js')
