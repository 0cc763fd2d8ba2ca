/**
 * Loads a dataset and its source texts over HTTP and validates them together, so that
 * the app shows only quotes that stand verbatim in the sources it links to.
 */
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
};

export interface LoadOptions {
  fetchImpl?: typeof fetch;
  /** Give up after this long, per file. */
  timeoutMs?: number;
  /** Refuse larger files: a viewer must not freeze the host page on a mistaken link. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
/** Enough for about 100,000 events with their quotes. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

type FetchResult = { ok: true; text: string } | { ok: false; reason: string; retryable: boolean };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function httpFailure(status: number, statusText: string): FetchResult {
  const what = `the server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 404 || status === 410) return { ok: false, reason: `${what}: no file at this address; check the src`, retryable: false };
  if (status === 401 || status === 403)
    return { ok: false, reason: `${what}: the server does not let this page read it`, retryable: false };
  return { ok: false, reason: what, retryable: status >= 500 || status === 408 || status === 429 };
}

async function fetchText(url: URL, options: Required<LoadOptions>): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetchImpl(url.href, { signal: controller.signal });
    if (!response.ok) return httpFailure(response.status, response.statusText);
    const declared = Number(response.headers?.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      return { ok: false, reason: `it is ${megabytes(declared)}, over the ${megabytes(options.maxBytes)} limit`, retryable: false };
    }
    const text = await response.text();
    if (text.length > options.maxBytes) {
      return { ok: false, reason: `it is over the ${megabytes(options.maxBytes)} limit`, retryable: false };
    }
    return { ok: true, text };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, reason: `no answer within ${Math.round(options.timeoutMs / 1000)} s`, retryable: true };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `the network request failed (${reason})`, retryable: true };
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
  if (sourceUrl === undefined) return { ok: false, reason: `"${file}" is not a URL`, retryable: false };
  const source = await fetchText(sourceUrl, options);
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
  let retryable = false;
  await Promise.all(
    collectSourceFiles(input).map(async (file) => {
      const source = await fetchSourceText(file, datasetUrl, settings);
      if (source.ok) sourceTexts.set(file, source.text);
      else {
        sourceErrors.set(file, source.reason);
        retryable ||= source.retryable;
      }
    }),
  );
  const result = validateOrSalvage(input, { sourceTexts, sourceErrors });
  markStage('validated');
  return result.ok ? { ...result, sourceTexts } : { ...result, sourceTexts, retryable };
}
