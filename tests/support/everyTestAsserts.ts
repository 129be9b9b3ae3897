/**
 * Setup file of both vitest configs: a test that ends without one assertion fails, so no case of a
 * parameterised test (it.each, a loop of it()) can pass by returning early.
 */
import { beforeEach, expect } from 'vitest'

beforeEach(() => {
  expect.hasAssertions()
})
