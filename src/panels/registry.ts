/**
 * The panel kinds, by the name data/dashboard.json gives them. A new kind is one folder under
 * src/panels/kinds/ and one line here; no kind knows an indicator of any town.
 */
import { completionKind } from './kinds/completion'
import { countBarsKind } from './kinds/count-bars'
import { figureCardsKind } from './kinds/figure-cards'
import { growthBarsKind } from './kinds/growth-bars'
import { honoursKind } from './kinds/honours'
import { keyProjectsKind } from './kinds/key-projects'
import { levelCompareKind } from './kinds/level-compare'
import { partsKind } from './kinds/parts'
import { projectSectorsKind } from './kinds/project-sectors'
import { tableKind } from './kinds/table'
import { tiersKind } from './kinds/tiers'
import { trendKind } from './kinds/trend'
import type { PanelKind } from './spec'

export const KINDS: Readonly<Record<string, PanelKind>> = {
  指标卡: figureCardsKind,
  总量对比: levelCompareKind,
  增速对比: growthBarsKind,
  条形对比: countBarsKind,
  构成: partsKind,
  分档: tiersKind,
  重点项目: keyProjectsKind,
  项目分布: projectSectorsKind,
  荣誉称号: honoursKind,
  趋势: trendKind,
  完成进度: completionKind,
  表格: tableKind,
}
