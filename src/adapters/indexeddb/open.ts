import { wrap } from 'idb';
import { RapportError } from '../errors.js';
import { DB_VERSION, upgrade as upgradeSteps, type Db } from './schema.js';

export type OpenOptions = {
  /** The IndexedDB to use; `globalThis.indexedDB` when absent. */
  factory: IDBFactory | undefined;
  version?: number;
  upgrade?: (db: Db, oldVersion: number, newVersion: number | null, tx: Parameters<typeof upgradeSteps>[3]) => void;
  /** How long an upgrade may wait for other tabs to let go of the database before it is reported. */
  blockedTimeoutMs: number;
  /** Called when the connection ends without us closing it (another tab upgrades, or the browser drops it). */
  onLost: () => void;
};

/**
 * Opens the database (as idb's `openDB` does, but through any IDBFactory so a
 * missing or failing one can be tested). This connection closes itself when
 * another tab needs a newer version; an upgrade that other tabs still block
 * after `blockedTimeoutMs` fails with `unavailable` saying so.
 */
export function openDatabase(name: string, options: OpenOptions): Promise<Db> {
  const { factory, version = DB_VERSION, upgrade = upgradeSteps } = options;
  if (!factory) {
    return Promise.reject(RapportError.unavailable(
      'This browser is not keeping data for this page (IndexedDB is unavailable, as in some private windows); your changes cannot be saved here',
    ));
  }
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, version);
  } catch (error) {
    return Promise.reject(RapportError.unavailable(`The browser refused to open its storage: ${describe(error)}`, error));
  }
  return new Promise<Db>((resolve, reject) => {
    let gaveUp = false;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    request.onupgradeneeded = (event) => {
      upgrade(wrap(request.result) as unknown as Db, event.oldVersion, event.newVersion, wrap(request.transaction!) as never);
    };
    request.onblocked = () => {
      blockedTimer ??= setTimeout(() => {
        gaveUp = true;
        reject(RapportError.unavailable(
          'The saved data needs an update, but another tab with this app open is holding on to it; close the other tabs and try again',
        ));
      }, options.blockedTimeoutMs);
    };
    request.onerror = () => {
      clearTimeout(blockedTimer);
      const error = request.error;
      reject(error?.name === 'VersionError'
        ? RapportError.unavailable('The saved data was made by a newer version of this app (open in another tab); reload this page', error)
        : RapportError.unavailable(`The browser could not open its storage: ${describe(error)}`, error));
    };
    request.onsuccess = () => {
      clearTimeout(blockedTimer);
      const raw = request.result;
      // Answered after we gave up: nobody is waiting for this connection.
      if (gaveUp) return raw.close();
      raw.onversionchange = () => {
        raw.close();
        options.onLost();
      };
      raw.onclose = () => options.onLost();
      resolve(wrap(raw) as unknown as Db);
    };
  });
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
