/** Project status names as the panels and the workbook write them. Pure. */
import type { ProjectStatus } from './schema'

export const STATUS_NAMES: Record<ProjectStatus, string> = {
  operating: '已运营',
  under_construction: '在建',
  started: '落地开工',
  inviting_tenants: '招商中',
  fitting_out: '即将内部装修',
  completed: '已完成',
  unstated: '未说明进度',
}
