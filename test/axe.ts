import axe from 'axe-core';

/**
 * Runs axe on an element (shadow roots included) and fails with every
 * violation's rule, impact and offending nodes when there is any.
 */
export async function expectNoAxeViolations(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'], ...options });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
      .map((node) => node.target.join(' > '))
      .join('\n  ')}`)
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}
