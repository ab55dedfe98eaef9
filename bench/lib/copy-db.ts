import Database from 'better-sqlite3';

/**
 * Copies a live SQLite database (SQLite's online backup), so that a second database has exactly the
 * schema, indexes and bootstrap rows (domain, admin, project, workspace) that archgate gave the first.
 */
export async function copySqlite(from: string, to: string): Promise<void> {
  const db = new Database(from, { readonly: true });
  try {
    await db.backup(to);
  } finally {
    db.close();
  }
}
