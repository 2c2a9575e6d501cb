import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFreePort } from '@ventanilla/testkit';

const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Whether a throwaway PostgreSQL server can be started here. */
export const canStartPostgres = existsSync(join(pgBin, 'initdb'));

function postgresUid(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const out = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
  return { uid: Number(out), gid: Number(gid) };
}

/**
 * A PostgreSQL 15 server of our own on a free loopback port (fault tests restart and stop it).
 * Runs as the postgres user when we are root (initdb refuses root), like
 * scripts/postgres-throwaway.sh.
 */
export async function startThrowawayPostgres(): Promise<{
  url: string;
  /** The directory of the server's unix socket (`.s.PGSQL.<port>`). */
  socketDir: string;
  port: number;
  restart: () => void;
  /** Stops the server (fast shutdown), keeping its data for `start`. */
  halt: () => void;
  stop: () => void;
  start: () => void;
}> {
  const owner = postgresUid();
  const dir = mkdtempSync(join(tmpdir(), 'vt-fault-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const port = await getFreePort();
  const as = (cmd: string, args: string[]) =>
    execFileSync(join(pgBin, cmd), args, {
      stdio: 'ignore',
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
      env: { ...process.env, LC_ALL: 'C' },
    });
  as('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () =>
    as('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', opts, 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    socketDir: dir,
    port,
    start,
    restart: () =>
      as('pg_ctl', [
        '-D',
        join(dir, 'data'),
        '-l',
        join(dir, 'log'),
        '-w',
        '-m',
        'fast',
        '-o',
        opts,
        'restart',
      ]),
    halt: () => as('pg_ctl', ['-D', join(dir, 'data'), '-w', '-m', 'fast', 'stop']),
    stop: () => {
      try {
        as('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
