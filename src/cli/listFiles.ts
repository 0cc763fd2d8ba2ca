import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `folder`, by its path inside it ("embed/frame.js"), less the paths and folders ("examples/") in `skip`. */
export function listFiles(folder: string, skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const walk = (path: string, prefix: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const inside = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(`${inside}/`)) walk(join(path, entry.name), `${inside}/`);
      } else if (entry.isFile() && !skip.includes(inside)) {
        files.push(inside);
      }
    }
  };
  walk(folder, '');
  return files;
}
