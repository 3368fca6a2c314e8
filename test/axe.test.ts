import { expect, fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from './axe.js';

describe('expectNoAxeViolations', () => {
  it('passes a labelled control', async () => {
    const element = await fixture(html`<div><label>Name <input /></label></div>`);
    await expectNoAxeViolations(element);
  });

  it('fails an unlabelled control, naming the rule', async () => {
    const element = await fixture(html`<div><input /></div>`);
    let message = '';
    try {
      await expectNoAxeViolations(element);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('label');
  });
});
