/**
 * Renders the app's first markup into the built index.html with Svelte's server renderer
 * (src/app/prerender.ts): the page shows the story before its script runs, to readers,
 * to search engines and to readers without JavaScript. The render runs in a short-lived
 * Vite server in middleware mode, so the components compile for the server exactly as
 * they compile for the browser (same plugins, same scoped class names).
 */
import { resolve } from 'node:path';
import { createServer, type Plugin, type PluginOption } from 'vite';

const SLOT = '<div id="app"></div>';

export function prerenderPage(plugins: () => PluginOption[]): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (resolve(context.filename) !== resolve(root, 'index.html')) return html;
        if (!html.includes(SLOT)) throw new Error(`index.html has no ${SLOT} to render the story into`);
        const server = await createServer({
          configFile: false,
          root,
          plugins: plugins(),
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { prerenderApp } = (await server.ssrLoadModule('/src/app/prerender.ts')) as typeof import('./prerender.ts');
          const { head, body } = prerenderApp();
          return html.replace(SLOT, `<div id="app" data-prerendered="en">${body}</div>`).replace('</head>', `${head}</head>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
