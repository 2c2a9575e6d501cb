import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2 defaults to argon2id (m=19 MiB, t=2, p=1), the OWASP baseline. */
const options = { algorithm: 2 /* Algorithm.Argon2id */ } as const;

/** argon2id hash of a password. */
export function hashPassword({ password }: { password: string }): Promise<string> {
  return hash(password, options);
}

/** Checks a password against a stored hash; false for a malformed hash. */
export async function verifyPassword({
  hash: stored,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword({ password: 'no-such-account-placeholder' });
  return dummyHash;
}
