/**
 * GitHub accounts and organisation membership, as `GET /users/{u}` and
 * `GET /orgs/{org}/members/{u}` see them: users, bots, organisations, renamed accounts, and
 * organisations whose members a token cannot see.
 */
export type AccountType = "User" | "Organization" | "Bot";

export interface FakeOrg {
  login: string;
  /** Lower-case logins of the organisation's members. */
  members: Set<string>;
  /** Lower-case logins whose membership is public (`/orgs/{org}/public_members/{u}` answers 204). */
  publicMembers: Set<string>;
  /**
   * What membership checks answer every token: undefined, the truth (204/404); 302, a requester
   * that is not a member (redirect to public_members); 404, GitHub Enterprise's answer to such a
   * requester; 403, an App installation without "Organization members: read".
   */
  blind?: 302 | 403 | 404;
}

export class FakePeople {
  readonly accounts = new Map<string, { login: string; type: AccountType }>();
  readonly orgs = new Map<string, FakeOrg>();

  addAccount(login: string, type: AccountType = "User"): void {
    this.accounts.set(login.toLowerCase(), { login, type });
  }

  /** A renamed account: the old login answers 404 from now on, the new one is the account. */
  rename(oldLogin: string, newLogin: string): void {
    const account = this.accounts.get(oldLogin.toLowerCase());
    if (!account) throw new Error(`no account ${oldLogin}`);
    this.accounts.delete(oldLogin.toLowerCase());
    this.accounts.set(newLogin.toLowerCase(), { ...account, login: newLogin });
    for (const org of this.orgs.values())
      for (const set of [org.members, org.publicMembers])
        if (set.delete(oldLogin.toLowerCase())) set.add(newLogin.toLowerCase());
  }

  /** An organisation (an account of type Organization); its members are made users too. */
  addOrg(login: string, members: readonly string[], options: { public?: string[] } = {}): FakeOrg {
    this.addAccount(login, "Organization");
    for (const m of members) if (!this.accounts.has(m.toLowerCase())) this.addAccount(m);
    const org: FakeOrg = {
      login,
      members: new Set(members.map((m) => m.toLowerCase())),
      publicMembers: new Set((options.public ?? []).map((m) => m.toLowerCase())),
    };
    this.orgs.set(login.toLowerCase(), org);
    return org;
  }

  org(login: string): FakeOrg | undefined {
    return this.orgs.get(login.toLowerCase());
  }
}
