/**
 * Loads a dataset and its source texts over HTTP and validates them together, so that
 * the app shows only quotes that stand verbatim in the sources it links to.
 */
import { collectSourceFiles, ROOT_PATH, validateDataset, type ValidationResult } from './validate.ts';

export type LoadResult = ValidationResult & {
  /** Source texts by the `file` the dataset gives, for the sources that could be loaded. */
  sourceTexts: Map<string, string>;
};

type FetchResult = { ok: true; text: string } | { ok: false; reason: string };

async function fetchText(url: URL, fetchImpl: typeof fetch): Promise<FetchResult> {
  try {
    const response = await fetchImpl(url.href);
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status} ${response.statusText}`.trim() };
    return { ok: true, text: await response.text() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
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

async function fetchSourceText(file: string, datasetUrl: URL, fetchImpl: typeof fetch): Promise<FetchResult> {
  const sourceUrl = absoluteUrl(file, datasetUrl.href);
  if (sourceUrl === undefined) return { ok: false, reason: `"${file}" is not a URL` };
  const source = await fetchText(sourceUrl, fetchImpl);
  return source.ok ? source : { ok: false, reason: `could not load ${sourceUrl.href}: ${source.reason}` };
}

function failure(message: string): LoadResult {
  return { ok: false, problems: [{ path: ROOT_PATH, message }], sourceTexts: new Map() };
}

export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const datasetUrl = absoluteUrl(url);
  if (datasetUrl === undefined) return failure(`"${url}" is not a URL`);
  const response = await fetchText(datasetUrl, fetchImpl);
  if (!response.ok) return failure(`could not load ${datasetUrl.href}: ${response.reason}`);

  let input: unknown;
  try {
    input = JSON.parse(response.text);
  } catch (error) {
    return failure(`${datasetUrl.href} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }

  const sourceTexts = new Map<string, string>();
  const sourceErrors = new Map<string, string>();
  await Promise.all(
    collectSourceFiles(input).map(async (file) => {
      const source = await fetchSourceText(file, datasetUrl, fetchImpl);
      if (source.ok) sourceTexts.set(file, source.text);
      else sourceErrors.set(file, source.reason);
    }),
  );
  return { ...validateDataset(input, { sourceTexts, sourceErrors }), sourceTexts };
}
