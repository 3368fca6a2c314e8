import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { stringsFor } from '../../i18n/strings.js';
import { ModalController } from './modal-controller.js';

/** The smallest dialog element: one text box, Escape and the discard question. */
@customElement('test-modal-host')
class ModalHost extends LitElement {
  @state() text = '';
  @query('dialog') dialog!: HTMLDialogElement;
  closedWith?: string;
  readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => this.text !== '',
    onClosed: (reason) => (this.closedWith = reason),
  });

  override render() {
    return litHtml`<dialog aria-label="Test">
      <label>Note <input .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)} /></label>
      ${this.modal.renderDiscardPrompt(stringsFor('en').common)}
    </dialog>`;
  }
}

async function openWithText(): Promise<{ host: ModalHost; opener: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button>Open</button><test-modal-host></test-modal-host></div>`);
  const host = wrapper.querySelector('test-modal-host') as ModalHost;
  const opener = wrapper.querySelector('button')!;
  opener.focus();
  await host.modal.open();
  host.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: 'Half a thought' });
  await host.updateComplete;
  return { host, opener };
}

describe('ModalController', () => {
  it('asks before Escape throws typed text away, and moves focus to Keep', async () => {
    const { host } = await openWithText();
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    await host.updateComplete;
    expect(host.dialog.open).to.equal(true);
    const keep = host.shadowRoot!.querySelector('.discard-prompt button');
    expect(host.shadowRoot!.activeElement).to.equal(keep);
  });

  it('keeps the dialog and the text when Escape is pressed again at the question', async () => {
    const { host } = await openWithText();
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await host.updateComplete;
    expect(host.dialog.open).to.equal(true);
    expect(host.shadowRoot!.querySelector('input')!.value).to.equal('Half a thought');
    expect(host.closedWith).to.equal(undefined);
  });

  it('returns focus to the opener once the person discards', async () => {
    const { host, opener } = await openWithText();
    host.modal.requestClose();
    await host.updateComplete;
    const discard = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.discard-prompt button')].find(
      (button) => button.textContent === 'Discard',
    )!;
    discard.click();
    expect(host.dialog.open).to.equal(false);
    expect(host.closedWith).to.equal('dismissed');
    expect(document.activeElement).to.equal(opener);
  });
});
