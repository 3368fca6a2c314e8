import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { RpImportCompletedEvent } from '../../events/contacts.js';
import { format } from '../../i18n/strings.js';
import { ModalController } from '../shared/modal-controller.js';
import { RapportElement } from '../shared/rapport-element.js';
import { downloadText } from './download.js';
import type { ImportOutcome, ImportProgress } from './import-run.js';
import { importStyles } from './rp-contacts-dialogs.styles.js';
import '../../i18n/en/contacts.js';
import '../../i18n/en/contactsDialogs.js';

/** The CSV code (and papaparse behind it) loads only when a person downloads or uploads. */
type CsvModule = typeof import('../../domain/csv/index.js');
const loadCsv = (): Promise<CsvModule> => import('../../domain/csv/index.js');

/** The import's code: loaded, with a worker to read in started, while the dialog is open and waits for a file. */
const loadRun = () => import('./import-run.js');

/** Errors listed in the dialog; every one of them is in ErrorDetail.csv. */
const SHOWN_ERRORS = 10;

/**
 * rp-contacts' Import Contact dialog (seed 002): the CSV template, a drop zone
 * with Browse, a progress bar, then the seed's counts with Download for
 * ErrorDetail.csv.
 *
 * @fires rp-import-completed - An upload finished; the counts are in `detail`.
 * @csspart dialog - The native dialog.
 * @csspart drop-zone - Where a file can be dropped.
 * @csspart progress - The progress bar.
 * @csspart summary - The counts and errors once done.
 *
 * @internal
 */
@customElement('rp-contacts-import')
export class RpContactsImport extends RapportElement {
  static override styles = importStyles;

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Told each outcome in words, for rp-contacts' live region. */
  @property({ attribute: false }) announce?: (text: string) => void;

  @state() private phase: 'choose' | 'working' | 'done' = 'choose';
  @state() private progress?: ImportProgress;
  @state() private outcome?: ImportOutcome;
  @state() private refusal = '';
  @state() private dragging = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('input[type=file]') private fileInput?: HTMLInputElement;
  private fileName = '';
  private abort?: AbortController;
  /** Loaded when the dialog opens, so Download answers within the click. */
  private csv?: CsvModule;

  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => false,
    onClosed: () => {
      this.abort?.abort();
      loadRun().then((run) => run.releaseReader(), () => undefined);
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open && !this.modal.isOpen) {
      this.phase = 'choose';
      this.outcome = undefined;
      this.refusal = '';
      void this.modal.open();
      loadCsv().then((csv) => (this.csv = csv), () => undefined);
      this.prepareReader();
    } else if (!this.open && this.modal.isOpen) this.modal.close('dismissed');
  }

  /** Imports one file (what Browse and a drop both do). */
  async importFile(file: File): Promise<void> {
    const backend = this.backend;
    if (!backend || this.phase === 'working') return;
    const words = this.strings.contacts;
    this.fileName = file.name;
    this.refusal = '';
    this.outcome = undefined;
    this.phase = 'working';
    this.progress = { phase: 'reading', fraction: 0, done: 0, total: 0 };
    this.announce?.(format(words.importing, { file: file.name }));
    this.abort = new AbortController();
    let csv: CsvModule | undefined;
    try {
      const [run, csvModule] = await Promise.all([loadRun(), loadCsv()]);
      csv = this.csv = csvModule;
      this.outcome = await run.runImport(backend, file, (progress) => (this.progress = progress), this.abort.signal);
      this.phase = 'done';
      const { total, imported, failed } = this.outcome;
      const summary = format(words.importSummary, { ok: imported, total });
      this.announce?.(failed.length ? `${summary} ${format(words.importFailures, { failed: failed.length })}` : summary);
      this.dispatchEvent(new RpImportCompletedEvent({ fileName: file.name, total, imported, failed: failed.length }));
    } catch (error) {
      if (this.abort.signal.aborted) return;
      this.phase = 'choose';
      this.refusal = this.refusalFor(error, file, csv);
      this.announce?.(this.refusal);
    }
    // The fixed ErrorDetail.csv, or another file, often follows.
    if (this.open) this.prepareReader();
  }

  private prepareReader(): void {
    loadRun().then((run) => run.prepareReader(), () => undefined);
  }

  private refusalFor(error: unknown, file: File, csv: CsvModule | undefined): string {
    const words = this.strings.contacts;
    if (!csv || !(error instanceof csv.CsvFileError)) return format(words.importFailed, { error: this.describeError(error) });
    const values = {
      file: file.name, size: this.formatters.fileSize(file.size), max: this.formatters.fileSize(csv.DEFAULT_MAX_BYTES),
    };
    switch (error.code) {
      case 'empty': return format(words.refusedEmpty, values);
      case 'binary': return format(words.refusedBinary, values);
      case 'too-large': return format(words.refusedLarge, values);
      case 'no-records': return format(words.refusedNoRows, values);
      case 'no-last-name': return format(words.refusedHeaders, values);
      default: return `${file.name}: ${error.message}`;
    }
  }

  private onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.importFile(file);
    input.value = ''; // the same file, fixed, can be chosen again
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.importFile(file);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private downloadErrors(): void {
    // An outcome means the CSV code is loaded.
    if (!this.outcome || !this.csv) return;
    downloadText('ErrorDetail.csv', this.csv.errorDetailCsv(this.outcome.header, this.outcome.failed, { delimiter: this.outcome.delimiter }));
  }

  private async downloadTemplate(): Promise<void> {
    const { contactsCsvTemplate } = this.csv ?? (await loadCsv());
    downloadText(this.strings.contacts.templateName, contactsCsvTemplate());
  }

  override render() {
    const words = this.strings.contacts;
    return html`<dialog part="dialog" aria-labelledby="import-title" @close=${() => this.modal.isOpen || (this.open = false)}>
      <header class="dialog-header">
        <h2 id="import-title">${words.importTitle}</h2>
        <button type="button" class="button" @click=${() => this.modal.requestClose()}>${this.strings.common.close}</button>
      </header>
      <div class="dialog-body">
        <p class="hint">${words.importSteps}</p>
        <button type="button" class="button link template" @click=${this.downloadTemplate}>
          ${words.downloadTemplate}</button>
        ${this.phase === 'working' ? this.renderProgress() : this.renderDropZone()}
        ${this.refusal ? html`<p class="alert" role="alert">${this.refusal}</p>` : nothing}
        ${this.phase === 'done' ? this.renderSummary() : nothing}
      </div>
      <footer class="dialog-footer">
        <button type="button" class="button" @click=${() => this.modal.requestClose()}>${this.strings.common.cancel}</button>
      </footer>
    </dialog>`;
  }

  private renderDropZone() {
    const words = this.strings.contacts;
    return html`<div class="drop-zone ${this.dragging ? 'dragging' : ''}" part="drop-zone"
      @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
      <span>${words.dropHere}</span>
      <button type="button" class="button primary" @click=${() => this.fileInput?.click()}>${words.browse}</button>
      <input type="file" class="visually-hidden" tabindex="-1" accept=".csv,text/csv,text/plain"
        aria-label=${words.chooseFile} @change=${this.onFileChosen} />
    </div>`;
  }

  private renderProgress() {
    const words = this.strings.contacts;
    const progress = this.progress;
    const percent = Math.round((progress?.phase === 'storing' ? 50 + progress.fraction * 50 : (progress?.fraction ?? 0) * 50));
    return html`<div class="progress" part="progress">
      <label for="import-progress">${format(words.importing, { file: this.fileName })}</label>
      <progress id="import-progress" max="100" .value=${percent} aria-valuetext=${progress?.phase === 'storing'
        ? format(words.progressText, { done: progress.done, total: progress.total }) : `${percent}%`}></progress>
      ${progress?.phase === 'storing'
        ? html`<span class="hint">${format(words.progressText, { done: progress.done, total: progress.total })}</span>`
        : html`<span class="hint">${format(words.readingFile, { file: this.fileName })}</span>`}
    </div>`;
  }

  private renderSummary() {
    const words = this.strings.contacts;
    const outcome = this.outcome!;
    const failed = outcome.failed;
    return html`<div class="summary" part="summary">
      <p class="ok">${format(words.importSummary, { ok: outcome.imported, total: outcome.total })}</p>
      ${failed.length ? html`<p class="alert">${format(words.importFailures, { failed: failed.length })}</p>
        <ul class="row-errors">${failed.slice(0, SHOWN_ERRORS).map((row) =>
          html`<li>${format(words.rowError, { row: row.rowNumber, error: row.errors.join('; ') })}</li>`)}
          ${failed.length > SHOWN_ERRORS ? html`<li>${format(words.moreErrors, { n: failed.length - SHOWN_ERRORS })}</li>` : nothing}
        </ul>
        <button type="button" class="button primary" @click=${this.downloadErrors}>${words.download}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contacts-import': RpContactsImport;
  }
}
