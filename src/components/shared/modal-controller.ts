import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Strings } from '../../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The element that really has focus, looking inside open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Runs a native `<dialog>` for an element: `showModal()` (the platform traps
 * focus), focus returned to whatever opened it, and a question before text the
 * person typed is thrown away — on Escape, on Cancel, or on the close button.
 */
export class ModalController implements ReactiveController {
  /** True while the "discard what you typed?" question is showing. */
  confirmingDiscard = false;
  private trigger: Element | null = null;
  private closing = false;

  constructor(
    private readonly host: Host,
    private readonly options: {
      dialog: () => HTMLDialogElement | null | undefined;
      /** Whether closing now would lose something the person typed. */
      isDirty: () => boolean;
      /** Called once the dialog has closed, whichever way. */
      onClosed?: (reason: 'done' | 'dismissed') => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.options.dialog()?.open ?? false;
  }

  async open(): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.options.dialog();
    if (!dialog || dialog.open) return;
    this.trigger = deepActiveElement();
    dialog.addEventListener('cancel', this.onCancel);
    dialog.addEventListener('close', this.onNativeClose);
    dialog.showModal();
  }

  /** Asks first when something typed would be lost. */
  requestClose(): void {
    if (this.options.isDirty()) this.askToDiscard();
    else this.close('dismissed');
  }

  /** Closes without asking: after a save, or once the person chose to discard. */
  close(reason: 'done' | 'dismissed' = 'done'): void {
    const dialog = this.options.dialog();
    this.confirmingDiscard = false;
    if (dialog) {
      dialog.removeEventListener('cancel', this.onCancel);
      dialog.removeEventListener('close', this.onNativeClose);
      this.closing = true;
      if (dialog.open) dialog.close();
      this.closing = false;
    }
    this.host.requestUpdate();
    const trigger = this.trigger as HTMLElement | null;
    this.trigger = null;
    if (trigger?.isConnected) trigger.focus();
    this.options.onClosed?.(reason);
  }

  keepEditing(): void {
    this.confirmingDiscard = false;
    this.host.requestUpdate();
  }

  private askToDiscard(): void {
    this.confirmingDiscard = true;
    this.host.requestUpdate();
    // `autofocus` does nothing in a dialog that is already open: move focus to "Keep" ourselves.
    void this.host.updateComplete.then(() => {
      const root = (this.host as HTMLElement & { renderRoot?: ParentNode }).renderRoot ?? this.host.shadowRoot;
      root?.querySelector<HTMLElement>('.discard-prompt button')?.focus();
    });
  }

  private onNativeClose = () => {
    // Chromium closes a modal by itself on a second Escape in a row (without user activation
    // in between, the close watcher's cancel event cannot be cancelled). Never throw typed
    // text away like that: open again and ask.
    const dialog = this.options.dialog();
    if (this.closing || !dialog || dialog.open) return;
    if (!this.options.isDirty()) return this.close('dismissed');
    dialog.showModal();
    this.askToDiscard();
  };

  private onCancel = (event: Event) => {
    // A cancel that cannot be cancelled is followed by the close handled above.
    if (!event.cancelable) return;
    event.preventDefault();
    if (this.confirmingDiscard) this.keepEditing();
    else this.requestClose();
  };

  /** The question, rendered inside the dialog so focus stays trapped. */
  renderDiscardPrompt(words: Strings['common']) {
    if (!this.confirmingDiscard) return null;
    return html`<div class="discard-prompt" role="alertdialog" aria-labelledby="discard-title"
      aria-describedby="discard-body" part="discard-prompt">
      <strong id="discard-title">${words.discardTitle}</strong>
      <span id="discard-body">${words.discardBody}</span>
      <span class="discard-actions">
        <button type="button" class="button" autofocus @click=${() => this.keepEditing()}>${words.keep}</button>
        <button type="button" class="button danger" @click=${() => this.close('dismissed')}>${words.discard}</button>
      </span>
    </div>`;
  }
}
