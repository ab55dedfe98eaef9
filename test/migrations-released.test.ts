import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Released migrations are never edited (README, *Upgrades*): a store that ran one keeps its name in
 * kysely_migration and never runs it again, so an edit would reach new stores only, and the two would
 * differ for good. These are the SHA-256 of each released migration's source as released. A failing
 * hash means a released migration was edited: undo the edit and write a new migration instead. Add a
 * migration here once it is released (tagged); never change a hash that is here.
 */
const RELEASED: Record<string, string> = {
  '001_core': '97d4d1db6a3c79cdb852df1284e5f37564d36120d46494ee39914e96e225aeef',
  '002_security': 'c3027d628845918b6ca2b064ad0c58438f371022ec6dfa0bae80f54f41a8e663',
  '003_scale_out': '2be9ccd9ff52b383b61342c4e5f1b541abaedcb3be56e5e55085ae7b308fe713',
  '004_references': 'a2e10af30ca9265239e714ed3dc00321ad9a990c06d2fc0d34e5108f85b521b2',
  '005_inbox_index': '90ddb70ffb973d3fcc51bbe6130cbf362b079500f9eeb9cba17d9e570f73d1e5',
  '006_credentials': 'e33280e5b2c7f5d6c1f49da5385bd975ed842907ea78ff0da383b639616ad032',
  '007_audit': '6c2c21eba5cff918da26dd31c4d804d81f22e1ea8e6c5869f60378e3a7e1456e',
  '008_notifications': 'c499a56870cb50b8007e5b571aee2184bda0bc425fa3d5a5cc0280b4243b55e8',
  '009_search_index': 'c102c70d56bd42f4841ca2d573ddfba20479457491b907730e3fe09e5eef93d7',
  '010_revocation_epoch': '298d20eae4b534538d3fa983363bf4af15d2cd14bbcaee5450f46284cad823a7',
  '011_search_counts': '865affaecb8ad58849027a696078af4378ab74c28ed5e3677869cdcd3ea70853',
};

const STORE = join(import.meta.dirname, '..', 'src', 'store');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A migration's source: its own file under src/store/migrations/, or, for the early ones written inline
 * in src/store/migrations.ts, the text from its key's line to the `  },` line that closes it.
 */
function sourceOf(name: string, inline: string): string | undefined {
  try {
    return readFileSync(join(STORE, 'migrations', `${name}.ts`), 'utf8');
  } catch {
    const start = inline.indexOf(`\n  '${name}': {\n`);
    if (start < 0) return undefined;
    const end = inline.indexOf('\n  },\n', start);
    return inline.slice(start + 1, end + '\n  },\n'.length);
  }
}

describe('released migrations', () => {
  const inline = readFileSync(join(STORE, 'migrations.ts'), 'utf8');

  it.each(Object.entries(RELEASED))('%s is as released', (name, hash) => {
    const source = sourceOf(name, inline);
    expect(source, `${name} is missing`).toBeDefined();
    expect(sha256(source!), `${name} was edited after its release: write a new migration instead`).toBe(hash);
  });

  it('are all still registered, in order, before any later one', () => {
    const names = [...inline.matchAll(/^ {2}'(\d{3}_\w+)':/gm)].map((m) => m[1]);
    expect(names.slice(0, Object.keys(RELEASED).length)).toEqual(Object.keys(RELEASED));
  });
});
