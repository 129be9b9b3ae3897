/**
 * How the data commands (data:import, data:export, check:data, build:portable) fail: one message in
 * Chinese (what, where, what to do), an English line after it, exit code 1; never a stack trace. A file
 * system error is named by its path and what it means; anything unforeseen is reported as an internal
 * error with its message only.
 */
import { statSync } from 'node:fs'

/** A failure the command explains itself: printed as is, exit 1. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CommandError'
  }
}

type SystemError = Error & { code?: string; path?: string; syscall?: string }

/** What a file system error means for the clerk, by its code: Chinese, then what to do. */
export function fileErrorText(error: SystemError): string | undefined {
  const where = error.path ? `“${error.path}”` : '该路径'
  switch (error.code) {
    case 'EISDIR':
      return `${where}是文件夹，不是文件：此处应是一个文件`
    case 'ENOTDIR':
      return `${where}中有一段不是文件夹（是文件）：请给出文件夹的路径`
    case 'EEXIST':
      return `${where}已存在，且不是文件夹：请换一个文件夹名，或先移走这个文件`
    case 'ENOENT':
      return `找不到${where}：请检查路径和文件名`
    case 'EACCES':
    case 'EPERM':
      return `没有权限读写${where}：请检查文件或文件夹的权限（或是否被其他程序占用），或换一个位置`
    case 'EBUSY':
      return `${where}正被其他程序占用：请关闭后再试`
    case 'ENOSPC':
      return `磁盘空间不足，未能写入${where}：请清理磁盘后再试`
    case 'EROFS':
      return `${where}所在的磁盘是只读的：请换一个可写的位置`
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多：请稍后再试'
    default:
      return undefined
  }
}

/** The message printed for `error`: Chinese first, then an English line. */
export function failureText(error: unknown): string {
  if (error instanceof CommandError) return error.message
  const failure: SystemError = error instanceof Error ? error : new Error(String(error))
  const known = fileErrorText(failure)
  if (known) return `${known}\n(${failure.code}${failure.syscall ? ` in ${failure.syscall}` : ''}: ${failure.path ?? ''})`
  // Some libraries (the bundler) put a stack into the message itself: only its own lines are kept.
  const message = failure.message
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .trim()
  return `内部错误，操作未完成：${message}\n请把以上文字告知维护人员。(internal error: ${failure.name})`
}

/** Runs a command's body: any failure becomes its message on stderr and exit code 1. */
export async function runCommand(body: () => unknown): Promise<void> {
  try {
    await body()
  } catch (error) {
    console.error(failureText(error))
    process.exitCode = 1
  }
}

/** The size of the file at `path`; refuses a folder or a missing file with a message that names it. */
export function fileSize(path: string, what: string): number {
  let stats
  try {
    stats = statSync(path)
  } catch (error) {
    if ((error as SystemError).code === 'ENOENT') throw new CommandError(`找不到${what}：${path}`)
    throw error
  }
  if (stats.isDirectory()) throw new CommandError(`${what}“${path}”是文件夹，不是文件：请给出${what}文件的路径\n(EISDIR: ${path})`)
  return stats.size
}
