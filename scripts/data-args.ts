/** Arguments of data:export and data:import: the workbook path and one folder option. */
import { resolve } from 'node:path'

export function parseArgs(argv: string[], option: '--from' | '--out', fallback: string, usage: string): { book: string; folder: string } {
  let book: string | undefined
  let folder = fallback
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === option && argv[index + 1] !== undefined) folder = argv[(index += 1)]
    else if (!argv[index].startsWith('--') && book === undefined) book = argv[index]
    else {
      console.error(`无法识别的参数：${argv[index]}\n用法：${usage}`)
      process.exit(2)
    }
  }
  if (book === undefined) {
    console.error(`缺少工作簿文件名。\n用法：${usage}`)
    process.exit(2)
  }
  return { book, folder: resolve(folder) }
}
