/** Room right of horizontal bars for their labels: none drawn past the chart, and no more taken than needed. */
import { describe, expect, it } from 'vitest'
import { barLabelRoom } from '../../src/panels/bars'
import type { PanelContext } from '../../src/panels/types'

const at = (scale: number) => ({ scale }) as PanelContext

describe('barLabelRoom', () => {
  it("holds the longest bar's label and its gap", () => {
    // 13个（推算）: 7.24 em at 18 px; the gap is 10 design px.
    const room = barLabelRoom(at(1), [{ value: 13, width: 130 }, { value: 3, width: 40 }], 190)
    expect(room).toBeGreaterThanOrEqual(140)
    expect(room).toBeLessThan(150)
  })

  it("makes room for a shorter bar's label only where the plot beyond the bar does not hold it", () => {
    const short = barLabelRoom(at(1), [{ value: 100, width: 60 }, { value: 50, width: 100 }], 230)
    expect(short).toBe(70)
    const long = barLabelRoom(at(1), [{ value: 100, width: 60 }, { value: 10, width: 220 }], 230)
    // (220 + 10 - 230 * 0.9) / 0.1 = 230: the whole width, as the bar barely starts.
    expect(long).toBe(230)
  })

  it('grows with the text scale', () => {
    const labels = [{ value: 13, width: 130 }]
    expect(barLabelRoom(at(2), labels.map((l) => ({ ...l, width: l.width * 2 })), 190)).toBe(2 * barLabelRoom(at(1), labels, 190))
  })
})
