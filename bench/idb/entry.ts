// The page run.mjs opens: it hands the bench to the driver, which calls it with the size.
import { run } from './page.js';

(window as unknown as { runBench: typeof run }).runBench = run;
