/** Names over 60 and sources over 500 characters: warnings naming file, item, limit and length; the cut for display. */
import { describe, expect, it } from 'vitest'
import { lengthWarnings } from '../../src/data/limits'
import { cutText, NAME_LIMIT, SOURCE_LIMIT, textLength } from '../../src/format/text'
import { describeIssue, formatIssue } from '../../src/data/issue'

describe('lengthWarnings', () => {
  it('names each name and source past its limit, with the limit and the length found', () => {
    const projects = {
      projects: [
        { name: '短名称', source: '原文' },
        { name: '名'.repeat(61), source: '源'.repeat(SOURCE_LIMIT) },
        { name: '名'.repeat(NAME_LIMIT), source: '源'.repeat(SOURCE_LIMIT + 1) },
      ],
    }
    const warnings = lengthWarnings('projects.json', projects)
    expect(warnings.map(formatIssue)).toEqual([
      'data/projects.json: projects[1].name: 应为不超过 60 个字的名称（超出的部分在页面上以“…”省略，悬停或选中时显示全文），实际为 61 个字',
      'data/projects.json: projects[2].source: 应为不超过 500 个字的来源原文（超出的部分在页面上以“…”省略，悬停或选中时显示全文），实际为 501 个字',
    ])
    // In a clerk's words, the item named (its name cut short).
    expect(describeIssue(warnings[0])).toMatch(/^「名{19}…」的名称应为不超过 60 个字的名称.*实际为 61 个字（projects\.json 第 2 项）$/)
  })

  it('gives nothing for a file that is not a list of items (the schema reports that)', () => {
    expect(lengthWarnings('values.json', null)).toEqual([])
    expect(lengthWarnings('values.json', { values: 'x' })).toEqual([])
    expect(lengthWarnings('values.json', { values: [null, 3, { source: 7 }] })).toEqual([])
  })
})

describe('cutText', () => {
  it('cuts to the limit with … as the last character, counting characters as people do', () => {
    expect(cutText('一二三四五', 3)).toBe('一二…')
    expect(cutText('一二三', 3)).toBe('一二三')
    expect(textLength('𠀀𠀀')).toBe(2)
    expect(cutText('𠀀𠀀𠀀', 2)).toBe('𠀀…')
  })
})
