import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { logger } from '../logger.js';
import { newestFirst, parseStoredTemplate, TEMPLATE_ID, type SavedTemplate, type TemplateStore, type TemplateSummary } from './template-store.js';

/**
 * Saved templates as files: DATA_DIR/templates/<id>.json. A save writes a temporary file,
 * makes it durable and renames it over the old one, so a crash leaves either the old
 * template or the new one, never half of one.
 */
export class FileTemplates implements TemplateStore {
  readonly #dir: string;

  constructor(dataDir: string) {
    this.#dir = join(dataDir, 'templates');
  }

  #path(id: string): string {
    if (!TEMPLATE_ID.test(id)) throw new Error('Invalid template id');
    return join(this.#dir, `${id}.json`);
  }

  async list(): Promise<TemplateSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.#dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).filter((id) => TEMPLATE_ID.test(id));
    const found = await Promise.all(ids.map((id) => this.get(id)));
    return found.flatMap((t) => (t ? [{ id: t.id, name: t.name, savedAt: t.savedAt }] : [])).sort(newestFirst);
  }

  async get(id: string): Promise<SavedTemplate | undefined> {
    if (!TEMPLATE_ID.test(id)) return undefined;
    let text: string;
    try {
      text = await readFile(this.#path(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const template = parseStoredTemplate(text);
    // A file renamed by hand must not answer for another id.
    if (!template || template.id !== id) {
      logger.warn('template_unreadable', { id });
      return undefined;
    }
    return template;
  }

  async save(template: SavedTemplate): Promise<void> {
    const path = this.#path(template.id);
    await mkdir(this.#dir, { recursive: true });
    const temp = join(this.#dir, `.${template.id}.${nanoid(8)}.tmp`);
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(template));
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temp, path);
  }

  async close(): Promise<void> {}
}
