/**
 * The units a figure may be written in, as data. Each unit belongs to a family and is a power of ten of
 * the family's base unit: 亿元 is 10^8 元, 万亩 is 10^4 亩. Values are stored in the family's base unit
 * and converted only within a family, exactly, by moving the decimal point (src/format/decimal.ts). Units of
 * different families never convert: 人次 are visits, not people; each measure word (个 家 处 …) is its own
 * family, so 3个 never becomes 3家. A clerk may declare a unit the table lacks (data/units.json, or the
 * 单位 sheet of the workbook): a name, and optionally the unit it is a power of ten of (`base`) and the
 * power (`factor`). Pure.
 */
import { fromUnit, placesOf, plainDecimal, shiftDecimal, toUnit } from '../format/decimal'

/**
 * A family of units: the id that `Indicator.unit` carries. Built-in families keep the ids the panels know
 * (yuan, percent, person …); a measure word's family is the word itself; a declared family is named by
 * its base unit (标准箱).
 */
export type Unit = string

export interface UnitSpec {
  /** The unit as written: 万亩. */
  name: string
  /** Its family: 'mu'. */
  family: Unit
  /** How many of the family's base unit one of it is: 10000 (always a power of ten). */
  factor: number
  /** The family's base unit as written: 亩. */
  base: string
  /** Declared in the data, not built in. */
  declared: boolean
}

/** A unit declared by the data (data/units.json, workbook sheet 单位). */
export interface UnitDeclaration {
  /** The unit as the report writes it: 万标准箱. */
  name: string
  /** The unit it is a power of ten of (标准箱, or a built-in such as 吨); absent: a family of its own. */
  base?: string
  /** How many `base` one of it is: 10000; absent: 1. A power of ten. */
  factor?: number
}

/** Built-in families: base unit as written, and the multiples reports use. */
const FAMILIES: readonly { family: Unit; base: string; multiples: Readonly<Record<string, number>> }[] = [
  { family: 'yuan', base: '元', multiples: { 万元: 1e4, 亿元: 1e8 } },
  { family: 'mu', base: '亩', multiples: { 万亩: 1e4 } },
  { family: 'square_metre', base: '平方米', multiples: { 万平方米: 1e4 } },
  { family: 'hectare', base: '公顷', multiples: {} },
  { family: 'metre', base: '米', multiples: { 公里: 1e3, 千米: 1e3 } },
  { family: 'tonne', base: '吨', multiples: { 万吨: 1e4 } },
  { family: 'kwh', base: '千瓦时', multiples: { 万千瓦时: 1e4, 亿千瓦时: 1e8 } },
  { family: 'person', base: '人', multiples: { 名: 1, 万人: 1e4 } },
  { family: 'visit', base: '人次', multiples: { 万人次: 1e4 } },
  { family: 'household', base: '户', multiples: { 万户: 1e4 } },
  { family: 'year', base: '年', multiples: {} },
  { family: 'day', base: '天', multiples: {} },
  { family: 'percent', base: '%', multiples: {} },
  { family: 'point', base: '个百分点', multiples: {} },
]

/** Measure words (量词): each a family of its own; they never convert into each other. */
export const MEASURE_WORDS = ['个', '家', '处', '次', '支', '座', '所', '项', '辆', '台', '套', '间', '条', '批', '头', '只', '件', '张', '场', '期', '栋', '名额', '篇', '部', '艘', '架', '棵', '株', '匹', '口', '宗'] as const

function builtIns(): Map<string, UnitSpec> {
  const table = new Map<string, UnitSpec>()
  for (const { family, base, multiples } of FAMILIES) {
    table.set(base, { name: base, family, factor: 1, base, declared: false })
    for (const [name, factor] of Object.entries(multiples)) table.set(name, { name, family, factor, base, declared: false })
  }
  for (const word of MEASURE_WORDS) table.set(word, { name: word, family: word, factor: 1, base: word, declared: false })
  return table
}

/** The built-in units by name. */
export const BUILT_IN_UNITS: ReadonlyMap<string, UnitSpec> = builtIns()
/** Names of the built-in units, in table order (the workbook's 单位 drop-down lists these first). */
export const BUILT_IN_UNIT_NAMES: readonly string[] = [...BUILT_IN_UNITS.keys()]

/** Units an investment may be written in. */
export const MONEY_UNITS = ['亿元', '万元', '元'] as const

/** How to declare a unit, for every unknown-unit message (data file and workbook alike). */
export const DECLARE_HINT =
  '内置单位，或先声明该单位：在 data/units.json 的 units 中加一项（如 {"name": "万标准箱", "base": "标准箱", "factor": 10000}），或在工作簿“单位”表中加一行（单位、基准单位、倍数）'

/** A declaration that cannot be used, with the field at fault and what it should be. */
export interface DeclarationProblem {
  index: number
  field: 'name' | 'base' | 'factor'
  expected: string
}

/** The units of a dataset: the built-in ones and those its data declares. */
export class UnitTable {
  private readonly units: Map<string, UnitSpec>
  readonly problems: DeclarationProblem[] = []

  constructor(declared: readonly UnitDeclaration[] = []) {
    this.units = new Map(BUILT_IN_UNITS)
    declared.forEach((item, index) => this.declare(item, index))
  }

  private declare(item: UnitDeclaration, index: number): void {
    const factor = item.factor ?? 1
    let places: number
    try {
      places = placesOf(factor)
    } catch {
      this.problems.push({ index, field: 'factor', expected: '10 的整数次幂（1、10、100、1000、10000、100000000 …）' })
      return
    }
    if (places < 0) {
      this.problems.push({ index, field: 'factor', expected: '不小于 1 的 10 的整数次幂' })
      return
    }
    const known = this.units.get(item.name)
    const baseName = item.base ?? item.name
    let base = this.units.get(baseName)
    if (!base && baseName !== item.name) {
      // A new family, named by its base unit (标准箱), which becomes a unit too.
      base = { name: baseName, family: baseName, factor: 1, base: baseName, declared: true }
      this.units.set(baseName, base)
    }
    const spec: UnitSpec = base
      ? { name: item.name, family: base.family, factor: base.factor * factor, base: base.base, declared: true }
      : { name: item.name, family: item.name, factor: 1, base: item.name, declared: true }
    if (baseName === item.name && factor !== 1) {
      this.problems.push({ index, field: 'factor', expected: '1（没有基准单位的单位自成一类）；或填写基准单位' })
      return
    }
    if (known) {
      // Declaring a built-in unit again is harmless only when it says the same.
      if (known.family !== spec.family || known.factor !== spec.factor)
        this.problems.push({ index, field: 'name', expected: `未被占用的单位名（“${item.name}”已是 ${describe(known)}）` })
      return
    }
    this.units.set(item.name, spec)
  }

  /** The unit named `name`, or undefined when it is neither built in nor declared. */
  get(name: string): UnitSpec | undefined {
    return this.units.get(name)
  }

  has(name: string): boolean {
    return this.units.has(name)
  }

  /** Every unit name: built-in first, then declared, in declaration order. */
  names(): string[] {
    return [...this.units.keys()]
  }

  /** The units a figure written in `name` may also be written in (its family), `name` included. */
  sameFamily(name: string): string[] {
    const family = this.units.get(name)?.family
    if (family === undefined) return []
    // Largest first, as reports list them: 亿元、万元、元.
    const factor = (unit: string) => this.units.get(unit)?.factor ?? 1
    return this.names()
      .filter((other) => this.units.get(other)?.family === family)
      .sort((a, b) => factor(b) - factor(a))
  }

  /**
   * A number written in `from` as written in `to`, exactly (the decimal point moved); undefined when the
   * two are not of one family (亩 and 公顷, 人 and 人次, 个 and 家) or either is unknown.
   */
  convert(value: number, from: string, to: string): number | undefined {
    const source = this.units.get(from)
    const target = this.units.get(to)
    if (!source || !target || source.family !== target.family) return undefined
    const places = placesOf(source.factor) - placesOf(target.factor)
    return shiftDecimal(plainDecimal(value), places)
  }

  /** A value stored in its family's base unit, as written in `unit`: 34600 亩 in 万亩 is 3.46. */
  fromBase(value: number, unit: string): number {
    return toUnit(value, this.units.get(unit)?.factor ?? 1)
  }

  /** A number written in `unit`, given as its decimal text, in the family's base unit, exactly. */
  toBase(text: string, unit: string): number | undefined {
    return fromUnit(text, this.units.get(unit)?.factor ?? 1)
  }
}

function describe(spec: UnitSpec): string {
  return spec.factor === 1 ? `基准单位（${spec.base}）` : `${spec.factor} ${spec.base}`
}

