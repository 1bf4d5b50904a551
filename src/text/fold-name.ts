// One name in the many cases code writes it: `list-files`, `listFiles`, `list_files` and
// `List.Files` fold alike, so a name an issue writes finds the module or member named after it.

/** Lower case without separators. */
export function foldName(name: string): string {
  return name.replace(/[-_.]/g, '').toLowerCase()
}
