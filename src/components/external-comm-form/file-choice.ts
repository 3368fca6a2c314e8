import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttachmentRefusal, ExternalChannel } from '../../domain/index.js';
import { checkFile } from './external-comm-draft.js';

/**
 * Checks a chosen file by its bytes for the channel in force, and says while
 * it is checking. Only the latest choice counts: a slower, older check never
 * overwrites a newer one.
 */
export class FileChoice implements ReactiveController {
  /** True while a file's first bytes are being read. */
  checking = false;
  private latest = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settle: (result: { file: File } | { refused: File; refusal: AttachmentRefusal }) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async choose(file: File, channel: ExternalChannel): Promise<void> {
    const check = ++this.latest;
    this.checking = true;
    this.host.requestUpdate();
    const result = await checkFile(file, channel);
    if (check !== this.latest) return;
    this.checking = false;
    this.settle(result.ok ? { file } : { refused: file, refusal: result });
    this.host.requestUpdate();
  }
}
