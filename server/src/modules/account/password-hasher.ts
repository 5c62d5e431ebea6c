import { hash, verify } from '@node-rs/argon2';

/** Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): ~20 ms per hash here. */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and verifies passwords; never stores or logs them. */
export class PasswordHasher {
  /** A hash of a password nobody has: verifying an unknown email costs the same time as a known one. */
  private readonly decoy: Promise<string>;

  constructor() {
    this.decoy = hash('decoy password for unknown accounts', OPTIONS);
  }

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** Verifies against the stored hash, or against the decoy when there is none (always false then). */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    const target = storedHash ?? (await this.decoy);
    const ok = await verify(target, password).catch(() => false);
    return storedHash !== null && ok;
  }
}
