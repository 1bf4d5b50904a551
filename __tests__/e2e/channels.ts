// A tokio-like tree and issue (issue #19): the issue quotes a panic message holding the Rust
// generic `chan::Tx<T, Semaphore>`, and the code the research ranks first holds it too. Before
// the fix, the validator took `<T, Semaphore>` for a format placeholder and no plan was written.

export const PANIC = 'too many permits requested from chan::Tx<T, Semaphore> at once'

export const channelFiles = {
  'README.md': '# Channels\n\nBounded channels with `Sender<T>`. Run `cargo test`.\n',
  'Cargo.toml': '[package]\nname = "channels"\nversion = "0.1.0"\n',
  'src/sync/mpsc/bounded.rs': [
    'use crate::sync::mpsc::chan;',
    '',
    '/// Sends values to the associated `Receiver<T>`.',
    'pub struct Sender<T> {',
    '    chan: chan::Tx<T, Semaphore>,',
    '}',
    '',
    "pub struct Permit<'a, T> {",
    "    chan: &'a chan::Tx<T, Semaphore>,",
    '}',
    '',
    'impl<T> Sender<T> {',
    "    pub async fn reserve(&self) -> Result<Permit<'_, T>, SendError<()>> {",
    '        self.reserve_inner(1).await?;',
    '        Ok(Permit { chan: &self.chan })',
    '    }',
    '',
    '    async fn reserve_inner(&self, n: u32) -> Result<(), SendError<()>> {',
    '        match self.chan.semaphore().semaphore.acquire(n).await {',
    '            Ok(_) => Ok(()),',
    `            Err(_) => panic!("${PANIC}"),`,
    '        }',
    '    }',
    '}',
    ''
  ].join('\n'),
  'src/sync/mpsc/chan.rs': [
    'pub(crate) struct Tx<T, S> {',
    '    inner: Arc<Chan<T, S>>,',
    '}',
    '',
    'impl<T, S: Semaphore> Tx<T, S> {',
    '    pub(crate) fn semaphore(&self) -> &S {',
    '        &self.inner.semaphore',
    '    }',
    '}',
    ''
  ].join('\n'),
  'tests/sync_mpsc.rs':
    'use channels::sync::mpsc;\n#[test]\nfn reserve_works() { let (tx, _rx) = mpsc::channel::<i32>(1); }\n'
}

export const channelIssue = {
  title: 'Add a way to request many permits on a mpsc::channel',
  body: [
    'Today `Sender::reserve` takes one permit of the chan::Tx<T, Semaphore>, so a batch of',
    'N messages means N awaits. Asking for more at once fails with:',
    '',
    '```',
    `thread 'main' panicked: ${PANIC}`,
    '```',
    '',
    '- [ ] `reserve_many(n)` returns an iterator of `Permit<T>`'
  ].join('\n')
}
