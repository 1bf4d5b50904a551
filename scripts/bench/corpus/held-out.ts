// Repositories whose issues check the product (SWE-bench Lite's test split and Multi-SWE-bench):
// never in the corpus, so nothing is tuned on them.
export const HELD_OUT = new Set(
  [
    'pallets/flask',
    'psf/requests',
    'sympy/sympy',
    'sphinx-doc/sphinx',
    'pytest-dev/pytest',
    'astropy/astropy',
    'pydata/xarray',
    'pylint-dev/pylint',
    'mwaskom/seaborn',
    'django/django',
    'scikit-learn/scikit-learn',
    'matplotlib/matplotlib',
    'iamkun/dayjs',
    'anuraghazra/github-readme-stats',
    'axios/axios',
    'expressjs/express',
    'darkreader/darkreader',
    'grpc/grpc-go',
    'zeromicro/go-zero',
    'BurntSushi/ripgrep',
    'sharkdp/bat',
    'sharkdp/fd',
    'tokio-rs/bytes',
    'tokio-rs/tokio',
    'tokio-rs/tracing',
    'alibaba/fastjson2',
    'FasterXML/jackson-core',
    'FasterXML/jackson-dataformat-xml',
    'FasterXML/jackson-databind',
    'google/gson',
    'GoogleContainerTools/jib',
    'mockito/mockito',
    'elastic/logstash',
    'apache/dubbo',
    'cli/cli',
    'mui/material-ui',
    'vuejs/core',
    'sveltejs/svelte',
    'Kong/insomnia',
    'clap-rs/clap',
    'nushell/nushell',
    'rayon-rs/rayon',
    'serde-rs/serde'
  ].map(repo => repo.toLowerCase())
)

export function isHeldOut(repo: string): boolean {
  return HELD_OUT.has(repo.toLowerCase())
}
