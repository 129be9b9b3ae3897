/**
 * Reading and writing a data folder for the command line: the texts of its files (the schema's one list of
 * files), their length warnings, and a write that is atomic for the whole folder. The new files are
 * staged in a hidden folder, the previous ones copied to a backup folder beside them, then a journal is
 * written and the staged files renamed into place; an import killed at any point leaves a folder that
 * scripts/data-journal.mjs brings back to wholly old (no journal yet) or wholly new (journal written).
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DATA_FILE_NAMES, type DataFileName } from '../src/data/schema'
import { formatIssue, parseJson } from '../src/data/validate'
import { lengthWarnings } from '../src/data/limits'
import type { DataIssue } from '../src/data/issue'
import { readSplitFolder, splitFolder, yearFile } from '../src/data/split'
import { CommandError, fileErrorText } from './cli'
import { JOURNAL, recoverFolder, rollForward, STAGING_PREFIX, type Journal } from './data-journal.mjs'

/** Every file of the schema's one list (DATA_FILES), in its order. */
const FILE_NAMES = DATA_FILE_NAMES

type Read = string | { error: string; missing?: true }

/** A file of the folder (values/2022.json too), or that it is missing or unreadable. */
function readOne(folder: string, name: string): Read {
  const path = join(folder, name)
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    return code === 'ENOENT' ? { error: `文件不存在（${path}）`, missing: true } : { error: fileErrorText(Object.assign(error as Error, { path })) ?? String(error) }
  }
}

/** The year files present in the folder's values/ (listed or not in its index). */
function yearFilesIn(folder: string): string[] {
  const dir = join(folder, yearFile(2000).split('/')[0])
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  return readdirSync(dir)
    .filter((name) => /^\d{4}\.json$/.test(name))
    .map((name) => yearFile(Number(name.slice(0, 4))))
}

/**
 * The logical texts of a folder (each file of the one list, or that it is missing or unreadable), in
 * either form: the split form (values.json the index, values/<year>.json merged) or the single-file form. `problems`:
 * what the split form's index says wrongly (check:data reports them).
 */
export function readFolder(folder: string): { texts: Record<DataFileName, Read>; split: boolean; problems: DataIssue[] } {
  const split = readSplitFolder(
    (name) => readOne(folder, name),
    () => yearFilesIn(folder),
  )
  if (split) return { ...split, split: true }
  const texts = {} as Record<DataFileName, Read>
  for (const name of FILE_NAMES) texts[name] = readOne(folder, name)
  return { texts, split: false, problems: [] }
}

/** Each file of the one list, or that it is missing (an optional file may be: see checkAll) or unreadable. */
export function readFolderTexts(folder: string): Record<DataFileName, Read> {
  return readFolder(folder).texts
}

/** The printed lines of the names and sources longer than the screen shows whole (check:data, data:import). */
export function lengthWarningLines(texts: Partial<Record<DataFileName, string | { error: string }>>): string[] {
  const warnings = FILE_NAMES.flatMap((name) => {
    const text = texts[name]
    const parsed = typeof text === 'string' ? parseJson(name, text) : undefined
    return parsed?.ok ? lengthWarnings(name, parsed.value) : []
  })
  if (!warnings.length) return []
  return [`警告 ${warnings.length} 处（该项保留，不影响校验结果）/ warnings (${warnings.length}):`, ...warnings.map((warning) => `  警告：${formatIssue(warning)}`)]
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}

/** Writes `text` to `path` and waits until it is on the disk. */
function writeDurably(path: string, text: string): void {
  const handle = openSync(path, 'w')
  try {
    writeSync(handle, text, null, 'utf8')
    fsyncSync(handle)
  } finally {
    closeSync(handle)
  }
}

/**
 * What a write of `texts` does to the folder: the files it places (in the split form: the index, values.json, last)
 * and the data files it removes (an optional file the new data lacks, a year it lacks, the single-file
 * form's values.json).
 */
function writePlan(folder: string, texts: Partial<Record<DataFileName, string>>): { files: Record<string, string>; place: string[]; remove: string[] } {
  const files = splitFolder(texts)
  const place = Object.keys(files)
  const remove = [...FILE_NAMES, ...yearFilesIn(folder)].filter((name) => !(name in files) && existsSync(join(folder, name)))
  return { files, place, remove }
}

/**
 * The points an import passes, in order, for the fail-point test: after staging, after the backup, after
 * the journal, after each file placed or removed, and at the end.
 */
export function importSteps(folder: string, texts: Partial<Record<DataFileName, string>>): string[] {
  const { place, remove } = writePlan(folder, texts)
  return ['staged', 'backed-up', 'journal', ...place.map((name) => `placed:${name}`), ...remove.map((name) => `removed:${name}`), 'done']
}

/** YONGAN_IMPORT_FAIL_AT=<step>: the import kills itself there (SIGKILL), as a power cut would stop it. */
function failPoint(step: string): void {
  if (process.env.YONGAN_IMPORT_FAIL_AT === step) process.kill(process.pid, 'SIGKILL')
}

/**
 * Writes the files of the schema's list that `texts` has and removes those it has not (an optional file
 * the new data lacks); returns the backup folder of the previous files, if there were any. An interrupted
 * earlier import is recovered first.
 */
export function writeFolderAtomically(folder: string, texts: Partial<Record<DataFileName, string>>, now = new Date()): string | undefined {
  mkdirSync(folder, { recursive: true })
  recoverFolder(folder)
  const { files, place, remove } = writePlan(folder, texts)
  // A folder where a file goes: no rename can replace it, so refuse before anything is changed.
  for (const name of [...FILE_NAMES, ...place]) {
    const path = join(folder, name)
    if (existsSync(path) && statSync(path).isDirectory())
      throw new CommandError(`数据目录中的“${path}”是文件夹，不能用数据文件替换：请移走或改名这个文件夹后再导入，未写入任何文件\n(EISDIR: ${path})`)
  }

  const staging = `${STAGING_PREFIX}${process.pid}`
  const stagingPath = join(folder, staging)
  rmSync(stagingPath, { recursive: true, force: true })
  mkdirSync(stagingPath)
  try {
    for (const name of place) {
      mkdirSync(dirname(join(stagingPath, name)), { recursive: true })
      writeDurably(join(stagingPath, name), files[name])
    }
  } catch (error) {
    rmSync(stagingPath, { recursive: true, force: true })
    throw error
  }
  failPoint('staged')

  const previous = [...FILE_NAMES, ...yearFilesIn(folder)].filter((name) => existsSync(join(folder, name)))
  let backup: string | undefined
  if (previous.length) {
    backup = join(folder, `backup-${stamp(now)}`)
    for (let n = 2; existsSync(backup); n += 1) backup = join(folder, `backup-${stamp(now)}-${n}`)
    mkdirSync(backup)
    for (const name of previous) {
      mkdirSync(dirname(join(backup, name)), { recursive: true })
      copyFileSync(join(folder, name), join(backup, name))
    }
  }
  failPoint('backed-up')

  // The commit: once the journal is in place the import is finished, by this process or by recovery.
  const journal: Journal = { version: 1, staging, place, remove }
  const journalTemp = join(folder, `${JOURNAL}.${process.pid}`)
  writeDurably(journalTemp, JSON.stringify(journal))
  renameSync(journalTemp, join(folder, JOURNAL))
  failPoint('journal')

  for (const name of place) {
    mkdirSync(dirname(join(folder, name)), { recursive: true })
    renameSync(join(stagingPath, name), join(folder, name))
    failPoint(`placed:${name}`)
  }
  for (const name of remove) {
    rmSync(join(folder, name), { force: true })
    failPoint(`removed:${name}`)
  }
  rollForward(folder, journal)
  failPoint('done')
  return backup
}
