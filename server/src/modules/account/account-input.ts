import { BadUserInputError, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, type FieldProblem } from '@omcheck/shared';

export interface SignUpCommand {
  name: string;
  email: string;
  password: string;
  workspaceName: string | null;
  /** A member invitation: joins that workspace instead of creating one. */
  invitationToken: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Emails compare trimmed and lower-cased: one account per address however it is typed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const PASSWORD_MESSAGES = {
  TOO_SHORT: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  TOO_LONG: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  TOO_COMMON: 'This password is among the most common ones; choose another.',
} as const;

/** Checks every sign-up field and reports all problems at once; nothing is stored on error. */
export function validateSignUp(command: SignUpCommand): SignUpCommand {
  const problems: FieldProblem[] = [];
  const name = command.name.trim();
  const email = normaliseEmail(command.email);
  const workspaceName = command.workspaceName?.trim() || null;
  if (name.length === 0 || name.length > 200) problems.push({ field: 'name', message: 'Give your name (at most 200 characters).' });
  if (!EMAIL.test(email) || email.length > 320) problems.push({ field: 'email', message: 'Give a valid email address.' });
  const passwordIssue = passwordProblem(command.password);
  if (passwordIssue) problems.push({ field: 'password', message: PASSWORD_MESSAGES[passwordIssue] });
  if (!command.invitationToken && !workspaceName) {
    problems.push({ field: 'workspaceName', message: 'Name your workspace, e.g. your consultancy.' });
  }
  if (workspaceName && workspaceName.length > 200) problems.push({ field: 'workspaceName', message: 'Use at most 200 characters.' });
  if (problems.length > 0) throw new BadUserInputError(problems.map((p) => p.message).join(' '), problems);
  return { ...command, name, email, workspaceName };
}
