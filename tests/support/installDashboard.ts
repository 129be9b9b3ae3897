/**
 * Test setup: the dashboard of the small fixture (tests/fixtures/small/dashboard.json) installed as the app
 * installs the data's, so tests that name pages and panels (PAGES, PANELS, findPanel) read that fixture's.
 * The code of every panel kind is in first, as the app has it once a page that shows one is drawn
 * (tests/unit/lazy-kinds.test.ts tests the panels before then).
 */
import { installDashboard } from '../../src/layouts/pages'
import { buildDashboard, emptyListFiles } from '../../src/panels/dashboard'
import { loadKinds } from '../../src/panels/registry'
import { fixtureFiles } from './fixtures'

await loadKinds()

const files = fixtureFiles('small')
installDashboard(buildDashboard(files.dashboard, files.indicators, files.editions, emptyListFiles(files)))
