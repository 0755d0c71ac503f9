import type { AnnotationProperties, Host } from '../src/host.js'

/**
 * A Host that records everything a mode does to the outside world (mock the
 * runner, never the cloud). Like the real hosts, it masks values passed to
 * setSecret in everything recorded after that.
 */
export class FakeHost implements Host {
  readonly lines: Array<{
    level: 'info' | 'warning' | 'error' | 'notice' | 'debug' | 'print'
    text: string
    properties?: AnnotationProperties
  }> = []
  readonly outputs: Record<string, string> = {}
  readonly summaries: string[] = []
  readonly secrets: string[] = []

  constructor(readonly isAction = true) {}

  private mask(text: string): string {
    return this.secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text)
  }
  private log(level: FakeHost['lines'][number]['level'], text: string, properties?: AnnotationProperties): void {
    this.lines.push({ level, text: this.mask(text), ...(properties ? { properties } : {}) })
  }

  info(m: string): void {
    this.log('info', m)
  }
  warning(m: string, p?: AnnotationProperties): void {
    this.log('warning', m, p)
  }
  error(m: string, p?: AnnotationProperties): void {
    this.log('error', m, p)
  }
  notice(m: string, p?: AnnotationProperties): void {
    this.log('notice', m, p)
  }
  debug(m: string): void {
    this.log('debug', m)
  }
  print(text: string): void {
    this.log('print', text)
  }
  setSecret(value: string): void {
    if (value) this.secrets.push(value)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = this.mask(value)
  }
  async addSummary(markdown: string): Promise<void> {
    this.summaries.push(this.mask(markdown))
  }

  /** Every line, output and summary as one text, for "the secret appears nowhere" checks. */
  everything(): string {
    return [...this.lines.map((l) => l.text), ...Object.entries(this.outputs).map(([k, v]) => `${k}=${v}`), ...this.summaries].join('\n')
  }
  printed(): string {
    return this.lines
      .filter((l) => l.level === 'print')
      .map((l) => l.text)
      .join('\n')
  }
  logged(level: FakeHost['lines'][number]['level']): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.text)
  }
}
