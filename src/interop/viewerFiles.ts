/**
 * What a published viewer holds, apart from the code that publishes it: read by the build
 * (src/embed/vite-plugin.ts, which writes VIEWER_MANIFEST) and by publish, in the studio and
 * on the command line (src/interop/publish.ts, src/cli/publish.ts).
 */

/** Where stories sit in a viewer's folder. */
export const STORIES_FOLDER = 'data';

/**
 * The list of the viewer's files that the build writes beside them (src/embed/vite-plugin.ts):
 * the pages, what they load (languages and citation formatters on demand included), and the
 * embed's files, but not the studio's. Read by the studio's and the command line's publish.
 */
export const VIEWER_MANIFEST = 'viewer-files.json';

/** What a viewer must hold to show a story, by the three embeds. */
export const VIEWER_FILES = ['index.html', 'embed.html', 'embed/diplomatic-timeline.js', 'embed/frame.js', 'embed/iframe-resizer.js'];
/**
 * Parts of dist/ that are not the viewer: the project's own stories, its demonstration pages,
 * and the studio (an editor's tool, not for readers), and the list itself.
 */
export const NOT_VIEWER = [`${STORIES_FOLDER}/`, 'examples/', 'studio.html', VIEWER_MANIFEST];
