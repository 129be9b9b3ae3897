/**
 * Recovery of a data folder after an interrupted import (scripts/data-folder.ts writes it): the folder
 * always reads as wholly old or wholly new. The import stages the new files in a hidden folder, then
 * writes a journal (atomically: a temporary name renamed into place), then renames the staged files in.
 * Found with a journal, the import had committed: its renames are finished (rolled forward). Found
 * staged files without a journal, it had not: they are removed (rolled back). Run before the next import,
 * by check:data, and when the server starts. Plain JavaScript: the server (serve.mjs) runs without tsx.
 */
import fs from 'node:fs'
import path from 'node:path'

export const JOURNAL = '.import-journal.json'
export const STAGING_PREFIX = '.incoming-'

/**
 * @typedef {object} Journal
 * @property {1} version
 * @property {string} staging the staging folder's name, inside the data folder
 * @property {string[]} place files moved from the staging folder into the data folder
 * @property {string[]} remove files of the old data that the new data has not (optional files)
 */

/** @param {string} dir */
function syncFolder(dir) {
  let handle
  try {
    handle = fs.openSync(dir, 'r')
    fs.fsyncSync(handle)
  } catch {
    // Some file systems cannot sync a folder; the renames are still atomic.
  } finally {
    if (handle !== undefined) fs.closeSync(handle)
  }
}

/**
 * Finishes the commit the journal describes (each step may already be done: it is idempotent).
 * @param {string} folder
 * @param {Journal} journal
 */
export function rollForward(folder, journal) {
  const staging = path.join(folder, journal.staging)
  for (const name of journal.place) {
    const staged = path.join(staging, name)
    if (!fs.existsSync(staged)) continue
    // A year file of the split form goes into values/, which the folder may not have yet.
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true })
    fs.renameSync(staged, path.join(folder, name))
  }
  for (const name of journal.remove) fs.rmSync(path.join(folder, name), { force: true })
  syncFolder(folder)
  fs.rmSync(path.join(folder, JOURNAL), { force: true })
  fs.rmSync(staging, { recursive: true, force: true })
  syncFolder(folder)
}

/**
 * Brings an interrupted import to an end: 'forward' (it had committed: finished), 'back' (it had not:
 * its staged files removed), or undefined (nothing was interrupted; also when the folder does not exist).
 * @param {string} folder
 * @returns {'forward' | 'back' | undefined}
 */
export function recoverFolder(folder) {
  let entries
  try {
    entries = fs.readdirSync(folder)
  } catch {
    return undefined
  }
  if (entries.includes(JOURNAL)) {
    /** @type {Journal} */
    const journal = JSON.parse(fs.readFileSync(path.join(folder, JOURNAL), 'utf8'))
    rollForward(folder, journal)
    for (const name of entries) if (name.startsWith(`${JOURNAL}.`)) fs.rmSync(path.join(folder, name), { force: true })
    return 'forward'
  }
  // Staging folders, a journal never renamed into place, and the temporary files of older versions.
  const leftovers = entries.filter((name) => name.startsWith(STAGING_PREFIX) || name.startsWith(`${JOURNAL}.`) || /^\..+\.\d+\.tmp$/.test(name))
  for (const name of leftovers) fs.rmSync(path.join(folder, name), { recursive: true, force: true })
  return leftovers.length ? 'back' : undefined
}

/**
 * The line a command prints after a recovery, or undefined.
 * @param {string} folder
 * @param {'forward' | 'back' | undefined} recovered
 */
export function recoveryNote(folder, recovered) {
  if (recovered === 'forward') return `上次导入在替换文件时中断，已按记录完成替换，数据为新导入的版本（${folder}）/ interrupted import completed`
  if (recovered === 'back') return `上次导入在替换文件前中断，已清除其临时文件，数据为原来的版本（${folder}）/ interrupted import rolled back`
  return undefined
}
