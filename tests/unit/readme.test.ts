/**
 * README.md fits a screen or two and gives a newcomer exactly two commands for a fresh machine: one that
 * installs and runs the dashboard on the bundled data, one that installs what the tests need and runs them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.join(__dirname, '../..')
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')

/** The commands of README.md's fenced shell blocks: every line that is not blank and not a comment. */
function shellCommands(text: string): string[] {
  const blocks = [...text.matchAll(/^```(?:bash|sh|shell)\n([\s\S]*?)^```/gm)].map((match) => match[1])
  return blocks.flatMap((block) => block.split('\n').map((line) => line.trim())).filter((line) => line !== '' && !line.startsWith('#'))
}

describe('README.md', () => {
  it('is at most 150 lines', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(150)
  })

  it('gives exactly the two commands for a fresh machine: install and run the dashboard, install and pass the tests', () => {
    expect(shellCommands(README)).toEqual(['npm ci && npm start', 'bash .ci/run'])
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts.start).toBeDefined()
    expect(fs.existsSync(path.join(ROOT, '.ci/run'))).toBe(true)
  })

  it('reads the commands of a fenced block, not its comments', () => {
    expect(shellCommands('text\n```bash\n# a comment\nnpm ci\n\nnpm test\n```\n`npm run x` in prose\n')).toEqual(['npm ci', 'npm test'])
  })
})
