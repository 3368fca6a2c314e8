/**
 * The base of every Rapport event: a `CustomEvent` that bubbles and crosses
 * shadow roots, so a host can listen on any ancestor or on `document`.
 */
export class RapportEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}
