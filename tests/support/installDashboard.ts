/**
 * Test setup: the dashboard of the small fixture (tests/fixtures/small/dashboard.json) installed as the app
 * installs the data's, so tests that name pages and panels (PAGES, PANELS, findPanel) read that fixture's.
 */
import { installDashboard } from '../../src/layouts/pages'
import { buildDashboard, emptyListFiles } from '../../src/panels/dashboard'
import { fixtureFiles } from './fixtures'

const files = fixtureFiles('small')
installDashboard(buildDashboard(files.dashboard, files.indicators, files.editions, emptyListFiles(files)))
