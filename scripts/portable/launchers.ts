/**
 * The launcher files written beside the portable page (scripts/build-portable.ts), from the one table in
 * ./launchTable.ts.
 */
import { LAUNCHER_NAMES, NO_BROWSER_MESSAGE, NO_PAGE_MESSAGE } from './launchTable'
import { windowsLauncher } from './launcherCmd'
import { shellLauncher } from './launcherSh'

const crlf = (lines: readonly string[]) => lines.map((line) => `${line}\r\n`).join('')

/** The launcher files by name: the .cmd is ASCII with CRLF; its Chinese message is a UTF-8 file it types. */
export function launcherFiles(): Record<string, string> {
  return {
    [LAUNCHER_NAMES.windows]: windowsLauncher(),
    [LAUNCHER_NAMES.noBrowserMessage]: crlf(NO_BROWSER_MESSAGE),
    [LAUNCHER_NAMES.noPageMessage]: crlf(NO_PAGE_MESSAGE),
    [LAUNCHER_NAMES.linux]: shellLauncher(),
  }
}
