/**
 * Completion against 时序进度 (issue 23.3): a growth indicator with a target (全年增长8%) gets neither a
 * completion nor a 时序进度, and a rate exactly on schedule reads 达到序时进度, not 快于/落后 0 个百分点.
 */
import { describe, expect, it } from 'vitest'
import { completionOf, scheduleWords } from '../../src/data/completion'
import { parsePeriod } from '../../src/data/period'

const firstHalf = parsePeriod('2023年1-6月')!

describe('completion of the year\'s target', () => {
  it('gives a growth target no completion and no 时序进度, while the same figures as a level get both', () => {
    expect(completionOf({ measure: 'growth', value: 4, target: 8, period: firstHalf })).toBeUndefined()
    expect(completionOf({ measure: 'growth', value: 4, target: 8, period: firstHalf, completion: 50 })).toBeUndefined()
    const level = completionOf({ measure: 'level', value: 4, target: 8, period: firstHalf })
    expect(level).toMatchObject({ rate: 50, derived: true, schedule: 50, gap: 0 })
  })

  it('says 达到序时进度 at a gap of 0, and names the gap either side of it', () => {
    const onSchedule = completionOf({ measure: 'level', value: 450, target: 900, period: firstHalf })!
    expect(onSchedule.gap).toBe(0)
    expect(scheduleWords(onSchedule)).toBe('达到序时进度')
    expect(scheduleWords(completionOf({ measure: 'level', value: 0, target: 900, period: firstHalf, completion: 48.6 })!)).toBe('落后序时进度1.4个百分点')
    expect(scheduleWords(completionOf({ measure: 'level', value: 0, target: 900, period: firstHalf, completion: 51.2 })!)).toBe('快于序时进度1.2个百分点')
    // A gap that rounds to 0.0 at one decimal is on schedule too, never 快于序时进度0个百分点.
    expect(scheduleWords(completionOf({ measure: 'level', value: 0, target: 900, period: firstHalf, completion: 50.02 })!)).toBe('达到序时进度')
  })
})
