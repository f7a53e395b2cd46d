import { db } from '@/lib/db'

/*
 * Exact "did this request change data?" for sequential in-process requests: a row trigger on every
 * table of the test database records each insert, delete and update (with the columns whose value
 * changed) into fuzz_changes, in the writer's own transaction — so a rolled-back write leaves
 * nothing. takeChanges() reads and clears the record in one statement.
 */
export interface Change {
  tbl: string
  op: 'INSERT' | 'UPDATE' | 'DELETE'
  cols: string[] | null
}

export async function installChangeTracking(): Promise<void> {
  const prisma = db()
  await prisma.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS fuzz_changes (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, cols text[])')
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION fuzz_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        INSERT INTO fuzz_changes (tbl, op, cols)
          SELECT TG_TABLE_NAME, TG_OP, array_agg(n.key ORDER BY n.key)
          FROM jsonb_each(to_jsonb(NEW)) n
          WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
          HAVING count(*) > 0;
        RETURN NEW;
      END IF;
      INSERT INTO fuzz_changes (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN coalesce(NEW, OLD);
    END $$`)
  const tables = await prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('fuzz_changes', '_prisma_migrations')`,
  )
  for (const { name } of tables) {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fuzz_track ON "${name}"`)
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fuzz_track AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_record_change()`)
  }
}

/** The changes since the last call (and forgets them). */
export function takeChanges(): Promise<Change[]> {
  return db().$queryRawUnsafe<Change[]>('DELETE FROM fuzz_changes RETURNING tbl, op, cols')
}

/**
 * Writes a refusal may make by design: counting failed sign-ins and wrong codes (the lockout and
 * the 5-guesses rule are kept in the database). Anything else on a 4xx is a bug.
 */
const ALLOWED_ON_REFUSAL: Record<string, Set<string>> = {
  users: new Set(['failed_login_count', 'locked_until', 'otp_failures', 'updated_at']),
}

export function unexpectedChanges(changes: Change[]): Change[] {
  return changes.filter((change) => {
    const allowed = ALLOWED_ON_REFUSAL[change.tbl]
    return !(change.op === 'UPDATE' && allowed && change.cols?.every((col) => allowed.has(col)))
  })
}
