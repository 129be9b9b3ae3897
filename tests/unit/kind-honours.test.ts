/**
 * 荣誉称号 (src/panels/kinds/honours): the honours the report states, one card each with its holder and
 * period; built from a definition on the small fixture (four honours) and the second town (none).
 */
import { describe, expect, it } from 'vitest'
import { NotInEdition } from '../../src/panels/lookup'
import { fixtureDataset } from '../support/fixtures'
import { cardsOf, context, contextOf, dataset, fromDefinition, optionText, tableText } from '../support/panelData'

const panel = fromDefinition('荣誉称号', [], { unit: '项' })
const all = context()

describe('荣誉称号', () => {
  it('shows each honour as a card in words, with its holder and period, town-wide under any filter', () => {
    const cards = cardsOf(panel, all)
    expect(cards.map((card) => card.value)).toEqual(dataset.honours.map((honour) => honour.name))
    expect(cards[0]).toMatchObject({ label: '永安镇 · 3月（2022年）', wordy: true })
    expect(cardsOf(panel, context(['industry']))).toHaveLength(dataset.honours.length)
    expect(panel.scope).toBe('town')
  })

  it('lists the report phrase of each honour in its table and draws every name for exports', () => {
    const rows = tableText(panel, all)
    expect(rows.map((row) => row[3])).toEqual(dataset.honours.map((honour) => honour.source))
    const drawn = optionText(panel.buildOption(all))
    for (const honour of dataset.honours) expect(drawn).toContain(honour.name)
  })

  it('says plainly when the data has no honours', () => {
    expect(() => panel.period(contextOf(fixtureDataset('second-town')))).toThrow(NotInEdition)
    expect(() => panel.period(contextOf(fixtureDataset('second-town')))).toThrow('没有荣誉与称号')
  })
})
