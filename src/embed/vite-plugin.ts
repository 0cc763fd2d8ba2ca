/**
 * What `vite build` adds for embedding, beside the app (index.html) and the iframe page
 * (embed.html):
 *
 * - dist/data/: the datasets and source texts the embeds and example pages load, copied
 *   from data/ at build time (never duplicated in the repository);
 * - dist/embed/diplomatic-timeline.js: the custom element, one ES module with its styles
 *   inlined (a constructable stylesheet needs no separate request and passes a strict CSP);
 * - dist/embed/frame.js: the script of embed.html; dist/embed/iframe-resizer.js: the
 *   host-page script that fits an iframe embed to its content.
 *
 * Under `npm start` (the dev server), the same three files answer at the same addresses
 * (embed/diplomatic-timeline.js, embed/frame.js, embed/iframe-resizer.js), built in memory
 * as the build makes them on first request and again after a change under src/, so that
 * the Embed dialog's snippets and embed.html work from the dev page too. The data files
 * are served from data/ as they are.
 *
 * The embed has a budget of 58 kB gzip (tests/size-budget.mjs), and the app's code weighs
 * about 70 KB, two thirds of it libraries. Its build therefore swaps modules for
 * slim stand-ins with the same interface and the same results (src/embed/slim/: d3-zoom's
 * glue, d3-scale's time scale, d3-time's UTC intervals, date-fns's format and its locales'
 * month names; no fast path for the shape check, no word index for the verbatim check),
 * checked by the embed's tests. Two give less, author's help only: no guess of the date a
 * refused one means, no account of a quote's typography (the problems are the same).
 * The app keeps the libraries.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build, type Plugin, type ResolvedConfig, type Rolldown, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { paletteInStyles } from '../theme/preprocess.ts';
import { listFiles } from '../cli/listFiles.ts';
import { NOT_VIEWER, VIEWER_MANIFEST } from '../interop/viewerFiles.ts';

/** The data files copied into dist/, relative to data/: a file or a folder's *.txt. */
const DATA_FILES = ['events.json', 'events.schema.json', 'sources/', 'examples/lantern-strait.json', 'examples/sources/'];

const CSS_PLACEHOLDER = '__DIPLOMATIC_TIMELINE_CSS__';
const REM_PROPERTY = '--diplomatic-timeline-rem';

/**
 * Every rem in the element's styles as a multiple of --diplomatic-timeline-rem, which
 * embed.css sets to the user's default font size: rem means the *host page's* root font
 * size, which a page may set to anything (62.5 %, or 40px !important).
 */
export function remToEmbedUnit(css: string): string {
  const inPrelude = /@(?:media|container|supports)[^{]*\drem/.exec(css);
  if (inPrelude) throw new Error(`rem in an at-rule condition cannot be rewritten: ${inPrelude[0]}`);
  return css.replace(/(?<![\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g, `calc($1*var(${REM_PROPERTY}))`);
}

/** Puts the bundle's stylesheet into the entry chunk, in place of CSS_PLACEHOLDER. */
function inlineCss(): Plugin {
  return {
    name: 'diplomatic-timeline:inline-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const css = sheets.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
      for (const file of sheets) delete bundle[file.fileName];
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const placeholder = new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`);
      if (!entry || entry.type !== 'chunk' || !placeholder.test(entry.code)) {
        this.error(`the element's entry chunk has no ${CSS_PLACEHOLDER} to put its stylesheet in`);
      }
      entry.code = entry.code.replace(placeholder, () => JSON.stringify(remToEmbedUnit(css)));
    },
  };
}

/**
 * The schema's field descriptions are documentation for the published JSON Schema
 * (npm run schema); a reader's browser never shows them, so the embed leaves them out.
 */
function withoutSchemaDescriptions(root: string): Plugin {
  const schema = join(root, 'src/model/schema.ts');
  return {
    name: 'diplomatic-timeline:without-schema-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (id !== schema) return null;
      const stripped = code.replace(/,\s*v\.description\(\s*'(?:[^'\\]|\\.)*'\s*,?\s*\)/g, '');
      if (stripped.includes('v.description('))
        this.error('a v.description(...) in schema.ts is not of the form this build removes: use one single-quoted string');
      return { code: stripped, map: null };
    },
  };
}

/** The slim stand-ins (see the header); bare imports by alias, our own modules by path. */
function slimModules(root: string): Plugin {
  const slim = (name: string) => join(root, 'src/embed/slim', name);
  const ownModules = new Map([
    [join(root, 'src/components/zoomGlue.ts'), slim('zoomGlue.ts')],
    [join(root, 'src/model/fastShape.ts'), slim('fastShape.ts')],
    [join(root, 'src/model/verbatim.ts'), slim('verbatim.ts')],
    [join(root, 'src/model/dateHints.ts'), slim('dateHints.ts')],
    [join(root, 'src/model/typography.ts'), slim('typography.ts')],
  ]);
  return {
    name: 'diplomatic-timeline:slim-modules',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          { find: /^d3-scale$/, replacement: slim('d3-scale.ts') },
          { find: /^d3-time$/, replacement: slim('d3-time.ts') },
          { find: /^date-fns$/, replacement: slim('date-fns.ts') },
          { find: /^date-fns\/locale$/, replacement: slim('date-fns-locale.ts') },
          // A language's own locale (date-fns/locale/de), in that language's chunk alone.
          { find: /^date-fns\/locale\/(fr|de|es|ar)$/, replacement: slim('date-fns-locale/$1.ts') },
        ],
      },
    }),
    async resolveId(source, importer, options) {
      if (!/zoomGlue|fastShape|verbatim|dateHints|typography/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && ownModules.get(resolved.id)) ?? null;
    },
  };
}

/**
 * Vite wraps each dynamic import() in a helper that first preloads the chunk's own imports
 * and stylesheets (~0.5 kB gzip of the element). The embed's chunks bring no stylesheet
 * (inlineCss puts every style into the entry) and a language's imports nothing; what another
 * chunk imports the browser fetches all the same, a round trip later. So the helper just
 * calls the import.
 */
function withoutPreloadHelper(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'diplomatic-timeline:without-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === helper ? id : null),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null),
  };
}

interface EmbedEntry {
  /** Source file, relative to the root. */
  input: string;
  /** Output name in dist/embed/, without extension. */
  name: string;
  format: 'es' | 'iife';
  element?: boolean;
}

const ENTRIES: EmbedEntry[] = [
  { input: 'src/embed/element.ts', name: 'diplomatic-timeline', format: 'es', element: true },
  { input: 'src/embed/frame.ts', name: 'frame', format: 'es' },
  { input: 'src/embed/iframe-resizer.ts', name: 'iframe-resizer', format: 'iife' },
];

/** What an embed build takes from the site's build (or from the package's, which has none). */
interface EmbedBuildSettings {
  root: string;
  mode: string;
  logLevel: ResolvedConfig['logLevel'];
  /** The folder the entry's file is written to. */
  outDir: string;
}

const embedSettings = (config: ResolvedConfig): EmbedBuildSettings => ({
  root: config.root,
  mode: config.mode,
  logLevel: config.logLevel,
  outDir: resolve(config.root, config.build.outDir, 'embed'),
});

/**
 * One self-contained file per entry: separate builds, so that nothing is split into shared
 * chunks. The one split is the languages other than English (src/i18n/strings.ts), each a
 * chunk named after its entry (diplomatic-timeline.de-<hash>.js) beside it, imported by a
 * relative address: they import nothing back, so the entry may be renamed or loaded with a
 * query. `inMemory` (the dev server): nothing is written, and the files are returned by name.
 */
async function buildEmbed(config: EmbedBuildSettings, entry: EmbedEntry, inMemory = false): Promise<Map<string, string> | undefined> {
  const result = await build({
    configFile: false,
    root: config.root,
    base: './',
    mode: config.mode,
    // In the dev server, a rebuild on request would fill its console: warnings and errors only.
    logLevel: inMemory ? 'warn' : config.logLevel,
    publicDir: false,
    plugins: [
      slimModules(config.root),
      withoutPreloadHelper(),
      withoutSchemaDescriptions(config.root),
      // Short scoping classes: each one is repeated in every selector and every template.
      svelte({
        configFile: false,
        preprocess: [paletteInStyles()],
        compilerOptions: { discloseVersion: false, cssHash: ({ hash, filename }) => `t${hash(filename ?? '').slice(0, 5)}` },
      }),
      ...(entry.element ? [inlineCss()] : []),
    ],
    build: {
      outDir: config.outDir,
      emptyOutDir: false,
      write: !inMemory,
      copyPublicDir: false,
      modulePreload: false,
      reportCompressedSize: false,
      // EMBED_SOURCEMAP=1 npm run build: source maps, to see what the size budget is spent on.
      sourcemap: process.env.EMBED_SOURCEMAP === '1',
      rolldownOptions: {
        input: resolve(config.root, entry.input),
        checks: { bundlerTimings: false }, // as in vite.config.ts: a report of the machine's load
        output: {
          format: entry.format,
          entryFileNames: `${entry.name}.js`,
          chunkFileNames: `${entry.name}.[name]-[hash].js`,
          assetFileNames: `${entry.name}[extname]`,
        },
      },
    },
  });
  if (!inMemory) return undefined;
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const files = new Map(output.output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file.code] as const] : [])));
    if (files.has(`${entry.name}.js`)) return files;
  }
  throw new Error(`the build of ${entry.input} gave no entry chunk`);
}

/**
 * The embed file a dev-server request names, by the path the build writes it to
 * (`embed/<name>.js` under the site's base, or a language's chunk `embed/<name>.<language>-<hash>.js`),
 * whatever the query: its entry and its file name; undefined for any other.
 */
export function devEmbedFile(url: string, base = '/'): { entry: EmbedEntry; file: string } | undefined {
  const path = decodeURIComponent(new URL(url, 'http://dev.invalid').pathname);
  const folder = `${base.endsWith('/') ? base : `${base}/`}embed/`;
  if (!path.startsWith(folder)) return undefined;
  const file = path.slice(folder.length);
  const entry = ENTRIES.find(
    (one) => file === `${one.name}.js` || (one.format === 'es' && /^[\w-]+\.[\w-]+\.js$/.test(file) && file.startsWith(`${one.name}.`)),
  );
  return entry && { entry, file };
}

/** The entry a dev-server request names (see devEmbedFile). */
export const devEmbedEntry = (url: string, base = '/'): EmbedEntry | undefined => devEmbedFile(url, base)?.entry;

/**
 * Answers the embed files' addresses in the dev server (see the header), each entry built
 * once per change under src/ with its languages' chunks, which the entry then asks for.
 */
function serveEmbedInDev(server: ViteDevServer): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const built = new Map<string, Promise<Map<string, string>>>();
  const sources = resolve(server.config.root, 'src');
  server.watcher.on('all', (_event, file) => {
    if (resolve(file).startsWith(sources)) built.clear();
  });
  return (request, response, next) => {
    const found = request.url ? devEmbedFile(request.url, server.config.base) : undefined;
    if (!found || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    const { entry, file } = found;
    let files = built.get(entry.name);
    if (!files) {
      files = buildEmbed(embedSettings(server.config), entry, true).then((built) => built ?? new Map<string, string>());
      built.set(entry.name, files);
      // A failed build is not kept: the next request, after a fix, tries again.
      files.catch(() => built.delete(entry.name));
    }
    files.then(
      (built) => {
        const text = built.get(file);
        // A chunk of a build since replaced (a change under src/ renamed it): the page is to be reloaded.
        if (text === undefined) return next();
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
        response.end(request.method === 'HEAD' ? undefined : text);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        server.config.logger.error(`embed/${file}: ${message}`, { timestamp: true });
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`embed/${file} could not be built: ${message}`);
      },
    );
  };
}

/**
 * The custom element alone, as the site's build makes it, written to `outDir` as
 * diplomatic-timeline.js: the npm package ships this very file (src/package/build.ts).
 */
export async function buildElement(root: string, outDir: string): Promise<void> {
  const element = ENTRIES.find((entry) => entry.element);
  if (!element) throw new Error('no entry of the embed build is the custom element');
  await buildEmbed({ root, mode: 'production', logLevel: 'warn', outDir }, element);
}

/** The build's folder of hashed files (Vite's build.assetsDir). */
const ASSETS = 'assets/';
/** The entries of the reader's pages (vite.config.ts's inputs), not the studio's. */
const READER_PAGES = new Set(['index', 'embed']);

/** The files the reader's pages load, from their entries through every import, static or on demand, with their styles. */
function assetsOfReaderPages(bundle: Rolldown.OutputBundle): Set<string> {
  const files = new Set<string>();
  const pending = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry && READER_PAGES.has(file.name));
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (file.type !== 'chunk' || files.has(file.fileName)) continue;
    files.add(file.fileName);
    for (const css of file.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of file.viteMetadata?.importedAssets ?? []) files.add(asset);
    for (const name of [...file.imports, ...file.dynamicImports]) if (bundle[name]) pending.push(bundle[name]);
  }
  return files;
}

export function embedBuild(): Plugin[] {
  let config: ResolvedConfig;
  let readerAssets = new Set<string>();
  return [
    {
      name: 'diplomatic-timeline:data',
      apply: 'build',
      configResolved(resolved) {
        config = resolved;
      },
      async generateBundle() {
        const data = resolve(config.root, 'data');
        for (const entry of DATA_FILES) {
          const files = entry.endsWith('/')
            ? (await readdir(join(data, entry))).filter((name) => name.endsWith('.txt')).map((name) => entry + name)
            : [entry];
          for (const file of files) {
            this.emitFile({ type: 'asset', fileName: `data/${file}`, source: await readFile(join(data, file)) });
          }
        }
      },
    },
    {
      name: 'diplomatic-timeline:embed-dev',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use(serveEmbedInDev(server));
      },
    },
    {
      name: 'diplomatic-timeline:embed',
      apply: 'build',
      generateBundle(_options, bundle) {
        if (!config.build.ssr) readerAssets = assetsOfReaderPages(bundle);
      },
      async closeBundle(error) {
        if (error || config.build.ssr) return;
        for (const entry of ENTRIES) await buildEmbed(embedSettings(config), entry);
        // Last, once every file is written: the viewer that publish copies is the pages and
        // what they load, not the studio's code (its suggester alone weighs more than the rest).
        const outDir = resolve(config.root, config.build.outDir);
        const viewer = listFiles(outDir, NOT_VIEWER).filter((path) => !path.startsWith(ASSETS) || readerAssets.has(path));
        await writeFile(join(outDir, VIEWER_MANIFEST), JSON.stringify(viewer, null, 1));
      },
    },
  ];
}
