// The three message tables (fr, nl, en) have exactly the same keys and no empty message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from './load-ts.mjs';

test('fr, nl and en message tables have equal key sets', async () => {
  const { en } = await importTs('i18n/en.ts');
  const { fr } = await importTs('i18n/fr.ts');
  const { nl } = await importTs('i18n/nl.ts');
  const keys = (o) => Object.keys(o).sort();
  assert.deepEqual(keys(fr), keys(en), 'fr.ts keys differ from en.ts');
  assert.deepEqual(keys(nl), keys(en), 'nl.ts keys differ from en.ts');
  for (const [name, table] of Object.entries({ en, fr, nl })) {
    for (const [k, v] of Object.entries(table)) assert.ok(typeof v === 'string' && v.length > 0, `${name}.${k} is empty`);
  }
  // the placeholders match too
  const ph = (s) => (s.match(/\{\w+\}/g) || []).sort().join(',');
  for (const k of Object.keys(en)) {
    assert.equal(ph(fr[k]), ph(en[k]), `fr.${k} placeholders`);
    assert.equal(ph(nl[k]), ph(en[k]), `nl.${k} placeholders`);
  }
});
