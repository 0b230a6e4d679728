// A plain table from column titles and rows of cells: the first cell heads its row, every cell
// carries its column's title as `data-label` (the stacked cards under 760 px show it).
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n/index';

export interface Row {
  key: string;
  /** data-* attributes of the row, e.g. { 'data-claim': '3' } */
  data?: Record<string, string>;
  cells: ComponentChildren[];
}

export function DataTable({ cls, heads, rows, cellClass = {} }: { cls: string; heads: MessageKey[]; rows: Row[]; cellClass?: Record<number, string> }) {
  return (
    <div class="table-wrap">
      <table class={`table ${cls}`}>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {t(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} {...r.data}>
              {r.cells.map((c, i) => {
                const Cell = i ? 'td' : 'th';
                return (
                  <Cell key={i} scope={i ? undefined : 'row'} data-label={t(heads[i])} class={cellClass[i]}>
                    {c}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
