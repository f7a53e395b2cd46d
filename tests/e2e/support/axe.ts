import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import type { NodeResult, Result } from 'axe-core'

// axe-core over the page as it stands. Serious and critical violations fail the test; the lesser
// ones are attached to the report, so they are seen without blocking.

const BLOCKING = new Set(['serious', 'critical'])

/** What a colour-contrast check measured: "3.19:1 (#71717a on #fafafa, 11px, normal; needs 4.5:1)". */
function contrastFigures(node: NodeResult): string | null {
  const data = node.any.find((check) => check.id === 'color-contrast' || check.id === 'color-contrast-enhanced')?.data as
    { contrastRatio?: number; fgColor?: string; bgColor?: string; fontSize?: string; fontWeight?: string; expectedContrastRatio?: string } | undefined
  if (!data?.contrastRatio) return null
  return `${data.contrastRatio}:1 (${data.fgColor} on ${data.bgColor}, ${data.fontSize}, ${data.fontWeight}; needs ${data.expectedContrastRatio})`
}

/** One violation, readably: the rule, its impact, and each offending element by selector. */
export function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const figures = contrastFigures(node)
    const why = figures ?? node.failureSummary?.replaceAll('\n', ' ') ?? ''
    return `    ${node.target.join(' >> ')}\n      ${why}`
  })
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n${nodes.join('\n')}`
}

/** Runs axe on `page` and fails on any serious or critical violation, naming each one. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''))
  const lesser = violations.filter((violation) => !BLOCKING.has(violation.impact ?? ''))
  if (lesser.length > 0) test.info().annotations.push({ type: `axe (not blocking) ${where}`, description: lesser.map(describeViolation).join('\n') })
  expect.soft(blocking.map(describeViolation).join('\n\n'), `axe on ${where}`).toBe('')
}
