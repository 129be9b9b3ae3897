/**
 * The dark big-screen theme (default on screen) and the light theme (print and export). Colours only:
 * sizes come from the option builders, which know the screen's scale.
 */
import { registerTheme } from 'echarts/core'

export type ThemeName = 'dark' | 'light'
export const THEMES: readonly ThemeName[] = ['dark', 'light']

/** Registered ECharts theme name for a theme. */
export function echartsThemeName(theme: ThemeName): string {
  return `yongan-${theme}`
}

/** System CJK fonts only: the app runs offline, so no web font is fetched. */
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif'

export interface ThemeColours {
  background: string
  panel: string
  text: string
  subtext: string
  axis: string
  split: string
  palette: string[]
  /** Colour of derived (computed, not stated) figures. */
  derived: string
  up: string
  down: string
}

export const THEME_COLOURS: Record<ThemeName, ThemeColours> = {
  dark: {
    background: '#0b1526',
    panel: '#0f1d33',
    text: '#e6edf7',
    subtext: '#9fb3cf',
    axis: '#5b7296',
    split: '#1f3250',
    palette: ['#38bdf8', '#fbbf24', '#34d399', '#f472b6', '#a78bfa', '#fb923c', '#84cc16', '#22d3ee'],
    derived: '#64748b',
    up: '#f87171',
    down: '#34d399',
  },
  light: {
    background: '#ffffff',
    panel: '#ffffff',
    text: '#111827',
    subtext: '#4b5563',
    axis: '#6b7280',
    split: '#e5e7eb',
    palette: ['#1d4ed8', '#d97706', '#059669', '#db2777', '#7c3aed', '#ea580c', '#4d7c0f', '#0891b2'],
    derived: '#9ca3af',
    up: '#dc2626',
    down: '#059669',
  },
}

let registered = false
export function registerThemes(): void {
  if (registered) return
  registered = true
  for (const theme of THEMES) {
    const c = THEME_COLOURS[theme]
    registerTheme(echartsThemeName(theme), {
      color: c.palette,
      backgroundColor: 'transparent',
      textStyle: { color: c.text, fontFamily: FONT_FAMILY },
      legend: { textStyle: { color: c.text } },
      tooltip: {
        backgroundColor: c.panel,
        borderColor: c.axis,
        textStyle: { color: c.text },
      },
      categoryAxis: {
        axisLine: { lineStyle: { color: c.axis } },
        axisTick: { lineStyle: { color: c.axis } },
        axisLabel: { color: c.text },
        splitLine: { lineStyle: { color: c.split } },
      },
      valueAxis: {
        axisLine: { lineStyle: { color: c.axis } },
        axisLabel: { color: c.subtext },
        splitLine: { lineStyle: { color: c.split } },
        nameTextStyle: { color: c.subtext },
      },
    })
  }
}
