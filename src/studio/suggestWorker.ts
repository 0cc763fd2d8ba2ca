/**
 * The suggester off the page's thread: an article of 50,000 characters takes it about two
 * seconds, which on the page would freeze the studio while the editor waits.
 */
import { suggestEvents, type SuggestInput } from '../suggest/index.ts';

const scope = globalThis as unknown as { postMessage(message: unknown): void; addEventListener: typeof addEventListener };

scope.addEventListener('message', (event) => {
  const input = (event as MessageEvent<SuggestInput>).data;
  try {
    scope.postMessage({ ok: true, result: suggestEvents(input) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
