/**
 * Loads a dataset and its source texts over HTTP and validates them together, so that
 * the app shows only quotes that stand verbatim in the sources it links to.
 */
import { decodeText, isWebPage } from './decodeText.ts';
import { describeJsonSyntaxError } from './json.ts';
import { validateOrSalvage, type SalvageResult } from './salvage.ts';
import { markStage } from './timing.ts';
import { collectSourceFiles, ROOT_PATH } from './validate.ts';

/** What a viewer needs to tell the reader when a load fails, and whether retrying can help. */
export type LoadResult = SalvageResult & {
  /** Source texts by the `file` the dataset gives, for the sources that could be loaded. */
  sourceTexts: Map<string, string>;
  /** True when the failure may pass (network, timeout, a server error): offer a retry. */
  retryable?: boolean;
  /**
   * What the reader may want to know though nothing failed, each naming its file: the dataset or
   * a source text read as Windows-1252 or UTF-16 rather than UTF-8 (src/model/decodeText.ts).
   * The dataset's first, then the sources' in the dataset's order.
   */
  notices?: string[];
  /** The dataset as parsed, when it fails to validate: the error panel names its items by title. */
  input?: unknown;
};

export interface LoadOptions {
  fetchImpl?: typeof fetch;
  /** Give up after this long, per file. */
  timeoutMs?: number;
  /** Refuse larger files: a viewer must not freeze the host page on a mistaken link. */
  maxBytes?: number;
  /**
   * Sites (origins, as `https://cdn.example.org`) that source texts may come from besides the
   * dataset's own. By default, those the page names in `<meta name="diplomatic-timeline-sources">`.
   */
  sourceOrigins?: readonly string[];
  /** Stops the load: its requests are aborted and no further source is asked for. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
/** Enough for about 100,000 events with their quotes. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Source texts fetched at once: a browser runs out of sockets long before 2,000. */
export const SOURCE_FETCHES_AT_ONCE = 6;

// Requests the page's Content-Security-Policy refused, to say so rather than "network failure".
const refusedByCsp = new Set<string>();
globalThis.document?.addEventListener('securitypolicyviolation', (event) => refusedByCsp.add(event.blockedURI));

type FetchResult = { ok: true; text: string; notice?: string | undefined } | { ok: false; reason: string; retryable: boolean };

const refused = (reason: string): FetchResult => ({ ok: false, reason, retryable: false });
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function httpFailure(status: number, statusText: string): FetchResult {
  const what = `the server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 404 || status === 410) return refused(`${what}: no file at this address; check the src`);
  if (status === 401 || status === 403) return refused(`${what}: the server does not let this page read it`);
  return { ok: false, reason: what, retryable: status >= 500 || status === 408 || status === 429 };
}

/**
 * The dataset, or with `file` the source text the dataset names so, which must be plain text,
 * not an image answering for it. Neither may be a web page.
 */
async function fetchText(url: URL, options: Required<LoadOptions>, file?: string): Promise<FetchResult> {
  // What a single-page host answers for a file it does not have.
  const page = refused(
    `the server answered with a web page, not ${file === undefined ? 'the dataset' : `the source text "${file}"`}: ` +
      'is the file in the published folder? (a single-page host answers every missing file with its index.html)',
  );
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetchImpl(url.href, { signal: AbortSignal.any([controller.signal, options.signal]) });
    if (!response.ok) return httpFailure(response.status, response.statusText);
    const type = response.headers?.get('content-type') ?? '';
    if (/^text\/html/i.test(type)) return page;
    if (file !== undefined && type && !/^text\/|octet-stream/i.test(type))
      return refused(`this is not a plain text file (content-type ${type})`);
    const declared = Number(response.headers?.get('content-length') ?? NaN);
    if (declared > options.maxBytes) return refused(`it is ${megabytes(declared)}, over the ${megabytes(options.maxBytes)} limit`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > options.maxBytes) return refused(`it is over the ${megabytes(options.maxBytes)} limit`);
    const { text, notice } = decodeText(bytes, file ?? url.href);
    return isWebPage(text) ? page : { ok: true, text, notice };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, reason: `no answer within ${Math.round(options.timeoutMs / 1000)} s`, retryable: true };
    const reason = error instanceof Error ? error.message : String(error);
    // The page learns of a refusal by its Content-Security-Policy (a TypeError) just after the fetch fails.
    if (error instanceof TypeError) await new Promise((wait) => setTimeout(wait, 10));
    if (refusedByCsp.has(url.href) || refusedByCsp.has(url.origin)) return refused("this page's Content-Security-Policy forbids it");
    // What browsers say when no answer came (or one they may not show: CORS). Other errors
    // (a URL with credentials, a refused scheme) come back the same on a retry.
    return /^(Failed to fetch|fetch failed|Load failed|NetworkError)/.test(reason)
      ? { ok: false, reason: `the network request failed (${reason})`, retryable: true }
      : refused(`the browser refused it (${reason})`);
  } finally {
    clearTimeout(timer);
  }
}

/** Relative dataset URLs are taken relative to the page when there is one. */
function absoluteUrl(url: string, base = globalThis.location?.href): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

async function fetchSourceText(file: string, datasetUrl: URL, options: Required<LoadOptions>): Promise<FetchResult> {
  const sourceUrl = absoluteUrl(file, datasetUrl.href);
  const named = `"${file.slice(0, 100)}"`;
  if (sourceUrl === undefined) return refused(`${named} is not a URL`);
  // A source is read from the dataset's own site (or one the page allows), over http(s) only: a
  // `data:` URL would let a dataset supply the very text its quotes are checked against.
  if (
    !/^https?:$/.test(sourceUrl.protocol) ||
    (sourceUrl.origin !== datasetUrl.origin && !options.sourceOrigins.includes(sourceUrl.origin))
  ) {
    return refused(`${named} is not on the dataset's site, ${datasetUrl.origin}`);
  }
  const source = await fetchText(sourceUrl, options, file);
  return source.ok ? source : { ...source, reason: `could not load ${sourceUrl.href}: ${source.reason}` };
}

function failure(message: string, retryable = false): LoadResult {
  return { ok: false, problems: [{ path: ROOT_PATH, message }], sourceTexts: new Map(), retryable };
}

export async function loadDataset(url: string, options: LoadOptions | typeof fetch = {}): Promise<LoadResult> {
  const settings: Required<LoadOptions> = {
    // Wrapped: a bare `fetch` called as a method of this object throws "Illegal invocation".
    fetchImpl: (input, init) => fetch(input, init),
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxBytes: DEFAULT_MAX_BYTES,
    signal: new AbortController().signal,
    sourceOrigins: (globalThis.document?.querySelector<HTMLMetaElement>('meta[name="diplomatic-timeline-sources"]')?.content ?? '')
      .split(/\s+/)
      .filter(Boolean),
    ...(typeof options === 'function' ? { fetchImpl: options } : options),
  };
  const datasetUrl = absoluteUrl(url);
  if (datasetUrl === undefined) return failure(`"${url}" is not a URL`);
  if (datasetUrl.protocol !== 'http:' && datasetUrl.protocol !== 'https:') {
    return failure(`"${url}" is not an http or https address`);
  }
  const response = await fetchText(datasetUrl, settings);
  if (!response.ok) return failure(`could not load ${datasetUrl.href}: ${response.reason}`, response.retryable);
  markStage('fetched');
  if (response.text.trim() === '') return failure(`${datasetUrl.href} is empty: a dataset is a JSON object`);

  let input: unknown;
  try {
    input = JSON.parse(response.text);
  } catch (error) {
    return failure(describeJsonSyntaxError(datasetUrl.href, response.text, error));
  }
  markStage('parsed');

  const sourceTexts = new Map<string, string>();
  const sourceErrors = new Map<string, string>();
  const sourceNotices = new Map<string, string>();
  let retryable = false;
  // A few at a time, each as soon as one finishes.
  const files = collectSourceFiles(input);
  let next = 0;
  const fetchNext = async (): Promise<void> => {
    for (let file = files[next++]; file !== undefined && !settings.signal.aborted; file = files[next++]) {
      const source = await fetchSourceText(file, datasetUrl, settings);
      if (source.ok) {
        sourceTexts.set(file, source.text);
        if (source.notice) sourceNotices.set(file, source.notice);
      } else {
        sourceErrors.set(file, source.reason);
        retryable ||= source.retryable;
      }
    }
  };
  await Promise.all(Array.from({ length: SOURCE_FETCHES_AT_ONCE }, fetchNext));
  const notices = [response.notice, ...files.map((file) => sourceNotices.get(file))].filter((notice) => notice !== undefined);
  const result = validateOrSalvage(input, { sourceTexts, sourceErrors });
  markStage('validated');
  return result.ok ? { ...result, sourceTexts, notices } : { ...result, sourceTexts, retryable, notices, input };
}
