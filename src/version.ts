/** The product version, shown in JSON and SARIF output; kept equal to package.json's by a test. */
export const VERSION = '0.1.0'
/** Rule documentation links are pinned to the release tag, as tflint's Link() is. */
export const DOCS_BASE = `https://github.com/aks-snapshot/aks-snapshot/blob/v${VERSION}/`
