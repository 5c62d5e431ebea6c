import type { Services } from '../services.js';

/** Options of `omcheck user:create`. */
export interface UserCreateOptions {
  email: string;
  name: string;
  workspace: string;
}

/** Reads `--flag value` pairs; unknown flags are an error so typos do not pass silently. */
export function parseFlags(args: readonly string[], allowed: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !allowed.includes(name)) throw new Error(`Unknown option ${flag}. Options: ${allowed.map((a) => `--${a}`).join(', ')}.`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value.`);
    flags[name] = value;
  }
  return flags;
}

/** The password comes from standard input (piped, or typed), never from the command line. */
export async function readPassword(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (stdin.isTTY) process.stderr.write('Password (at least 10 characters), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(Buffer.from(chunk as Buffer));
    if (stdin.isTTY && chunks.join('').includes('\n')) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Creates a consultant account owning a new workspace, the same way sign-up does. */
export async function createUser(services: Services, options: UserCreateOptions, password: string): Promise<void> {
  await services.accounts.signUp({ name: options.name, email: options.email, password, workspaceName: options.workspace, invitationToken: null });
}
