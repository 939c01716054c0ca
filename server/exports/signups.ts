import type { WorkshopState } from '../../src/lib/domain/types.js';
import { signupViews } from '../../src/lib/domain/views.js';
import { writeCsv, type Cell, type Separator } from './csv.js';
import { exportText } from './labels.js';
import { localDateTime, localized } from './rows.js';

/**
 * signups.csv: the working-group sign-ups with the contact details people gave, with
 * consent, for that purpose only. The one export that holds them; every other export
 * leaves them out, so the results can be shared without sharing these.
 */
export function signupsCsv(state: WorkshopState, separator: Separator): string {
  const { language } = state.setup;
  const text = exportText(language);
  const sectors = new Map(state.setup.sectors.map((s) => [s.id, localized(s.name, language)]));
  const header: Cell[] = [text('signupName'), text('contact'), text('association'), text('sector'), text('time')];
  const rows = signupViews(state).map((s): Cell[] => [s.name, s.contact, s.association, s.sector ? (sectors.get(s.sector) ?? s.sector) : '', localDateTime(s.at)]);
  return writeCsv([header, ...rows], separator);
}
