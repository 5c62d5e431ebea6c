import { BadUserInputError, NotFoundError, type WorkspaceRole } from '@omcheck/shared';
import type { AuthConfig } from '../../config/config.js';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { RateLimits } from '../../http/rate-limits.js';
import type { Actor } from '../access/actor.js';
import type { UserSessionRepository } from '../user/user-session.repository.js';
import type { UserRepository } from '../user/user.repository.js';
import type { Membership, WorkspaceRepository } from '../workspace/workspace.repository.js';
import { type SignUpCommand, normaliseEmail, validateSignUp } from './account-input.js';
import type { PasswordHasher } from './password-hasher.js';

/** A new session: the token goes into the cookie once and is stored only as a hash. */
export interface IssuedSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

/** Who is signed in, for `viewer`. */
export interface ViewerView {
  user: { id: string; name: string; email: string };
  workspaces: Membership[];
}

const MAX_TOKEN_LENGTH = 200;
/** Refreshing last-seen on every request would write on every read; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;
const WRONG_CREDENTIALS = 'The email or password is not right.';

/** Accounts and sessions: sign up, sign in, sign out, and the actor behind a session cookie. */
export class AccountService {
  constructor(
    private readonly config: AuthConfig,
    private readonly transactions: TransactionRunner,
    private readonly users: UserRepository,
    private readonly sessions: UserSessionRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly hasher: PasswordHasher,
    private readonly limits: RateLimits,
  ) {}

  /**
   * Creates the account and, unless joining by invitation, a workspace it owns; signs in.
   * All or nothing: a taken email or a used invitation leaves nothing behind.
   */
  async signUp(input: SignUpCommand, now = new Date()): Promise<IssuedSession> {
    const command = validateSignUp(input);
    const passwordHash = await this.hasher.hash(command.password);
    const userId = newId();
    await this.transactions.run(async (manager) => {
      if (await this.users.findByEmail(command.email, manager)) {
        throw new BadUserInputError('An account with this email already exists. Sign in instead.', [
          { field: 'email', message: 'An account with this email already exists.' },
        ]);
      }
      await this.users.insert(manager, { id: userId, email: command.email, displayName: command.name, passwordHash });
      if (command.invitationToken) {
        const invitation = await this.workspaces.findUsableInvitation(hashToken(command.invitationToken), now, manager);
        if (!invitation || !(await this.workspaces.markAccepted(manager, invitation.id, userId, now))) {
          throw new NotFoundError('This invitation link is no longer valid. Ask for a new one.');
        }
        await this.workspaces.insertMember(manager, { id: newId(), workspaceId: invitation.workspaceId, userId, role: invitation.role });
      }
      if (command.workspaceName) {
        const workspaceId = newId();
        await this.workspaces.insertWorkspace(manager, { id: workspaceId, name: command.workspaceName, kind: 'CONSULTANCY' });
        await this.workspaces.insertMember(manager, { id: newId(), workspaceId, userId, role: 'OWNER' });
      }
    });
    return this.issueSession(userId, now);
  }

  /** Same error, same work, for an unknown email and a wrong password. */
  async signIn(email: string, password: string, now = new Date()): Promise<IssuedSession> {
    const normalised = normaliseEmail(email);
    await this.limits.consume('signInEmail', normalised);
    const user = password.length <= 1000 ? await this.users.findByEmail(normalised) : null;
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password.slice(0, 1000));
    if (!user || !ok) {
      throw new BadUserInputError(WRONG_CREDENTIALS, [{ field: 'password', message: WRONG_CREDENTIALS }]);
    }
    await this.limits.reset('signInEmail', normalised);
    return this.issueSession(user.id, now);
  }

  async signOut(actor: Actor | null, now = new Date()): Promise<void> {
    if (actor) await this.sessions.revoke(actor.sessionId, now);
  }

  async signOutEverywhere(actor: Actor, now = new Date()): Promise<void> {
    await this.sessions.revokeAllOfUser(actor.userId, now);
  }

  /** The actor behind a session token; null for unknown, revoked, idle or expired sessions. */
  async actorOf(token: string | undefined, now = new Date()): Promise<Actor | null> {
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMs);
    const live = await this.sessions.findLive(hashToken(token), now, idleSince);
    if (!live) return null;
    if (now.getTime() - live.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await this.sessions.touch(live.session.id, now);
    const memberships = await this.workspaces.membershipsOf(live.user.id);
    return {
      userId: live.user.id,
      name: live.user.displayName,
      email: live.user.email,
      sessionId: live.session.id,
      memberships: new Map<string, WorkspaceRole>(memberships.map((m) => [m.workspaceId, m.role])),
    };
  }

  async viewer(userId: string): Promise<ViewerView> {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError('This account no longer exists.');
    return {
      user: { id: user.id, name: user.displayName, email: user.email },
      workspaces: await this.workspaces.membershipsOf(user.id),
    };
  }

  private async issueSession(userId: string, now: Date): Promise<IssuedSession> {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxMs);
    await this.transactions.single((manager) =>
      this.sessions.insert(manager, { id: newId(), userId, tokenHash: hashToken(token), expiresAt, lastSeenAt: now }),
    );
    return { token, expiresAt, userId };
  }
}
