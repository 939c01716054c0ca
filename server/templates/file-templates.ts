import { join } from 'node:path';
import { JsonFileDir } from '../json-file-dir.js';
import { newestFirst, parseStoredTemplate, TEMPLATE_ID, type SavedTemplate, type TemplateStore, type TemplateSummary } from './template-store.js';

/** Saved templates as files: DATA_DIR/templates/<id>.json, each written atomically. */
export class FileTemplates implements TemplateStore {
  readonly #files: JsonFileDir<SavedTemplate>;

  constructor(dataDir: string) {
    this.#files = new JsonFileDir({ dir: join(dataDir, 'templates'), idPattern: TEMPLATE_ID, parse: parseStoredTemplate, unreadableEvent: 'template_unreadable' });
  }

  async list(): Promise<TemplateSummary[]> {
    const found = await Promise.all((await this.#files.ids()).map((id) => this.#files.read(id)));
    return found.flatMap((t) => (t ? [{ id: t.id, name: t.name, savedAt: t.savedAt, shared: t.shared }] : [])).sort(newestFirst);
  }

  get(id: string): Promise<SavedTemplate | undefined> {
    return this.#files.read(id);
  }

  save(template: SavedTemplate): Promise<void> {
    return this.#files.write(template);
  }

  delete(id: string): Promise<void> {
    return this.#files.delete(id);
  }

  async close(): Promise<void> {}
}
