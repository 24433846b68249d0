import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Microsoft365Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Person } from '../domain/organisation.js';
import { roleSchema, type Role } from '../domain/roles.js';
import { ConflictError } from '../store/errors.js';
import { SignInRefused, unauthorized } from './sign-in-refused.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { Authenticator, Caller } from './caller.js';

/** The claims the app relies on, checked after the signature is. */
const claimsSchema = z.object({
  oid: z.string().min(1),
  tid: z.string().min(1),
  name: z.string().default(''),
  preferred_username: z.string().default(''),
  roles: z.array(z.string()).default([]),
});

const notSignedIn = unauthorized({
  sv: 'Ingen giltig inloggning. Öppna Trygghetshjulet från Teams och försök igen.',
  en: 'No valid sign-in. Open Trygghetshjulet from Teams and try again.',
});

/** What went wrong with a token, told plainly; the token itself never reaches a log. */
function refusal(error: unknown): SignInRefused {
  if (error instanceof errors.JWTExpired)
    return unauthorized({
      sv: 'Inloggningen har gått ut. Ladda om fliken.',
      en: 'The sign-in has expired. Reload the tab.',
    });
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthorized({
      sv: `Inloggningen gäller inte den här appen (${error.claim}).`,
      en: `The sign-in is not for this app (${error.claim}).`,
    });
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return unauthorized({
      sv: 'Inloggningen är inte signerad på ett godkänt sätt.',
      en: 'The sign-in is not signed in an accepted way.',
    });
  return unauthorized({
    sv: 'Inloggningens signatur kunde inte bekräftas.',
    en: 'The sign-in’s signature could not be verified.',
  });
}

/**
 * Entra ID sign-in: the tab's SSO token, verified against the tenant's signing keys (RS256 only), its issuer,
 * audience, expiry and tenant; app roles from `roles`; a head's department from the organisation data.
 */
export class EntraAuthenticator implements Authenticator {
  readonly mode = 'entra' as const;
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly settings: Microsoft365Config,
    private readonly organisation: OrganisationRepository,
    private readonly clock: Clock,
    keys?: JWTVerifyGetKey,
  ) {
    this.keys =
      keys ?? createRemoteJWKSet(new URL(`${settings.authorityHost}/${settings.tenantId}/discovery/v2.0/keys`));
  }

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Caller> {
    const header = headers.authorization;
    const token = /^Bearer\s+(\S+)$/i.exec(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''))?.[1];
    if (!token) throw notSignedIn;
    const { tenantId, clientId, appIdUri, authorityHost } = this.settings;
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        issuer: [`${authorityHost}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
        audience: [appIdUri, clientId],
        currentDate: this.clock.now(),
        clockTolerance: 120,
        requiredClaims: ['exp', 'iat', 'oid', 'tid'],
      }));
    } catch (error) {
      throw refusal(error);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success || claims.data.tid !== tenantId)
      throw refusal(new errors.JWTClaimValidationFailed('tid', payload as never, 'tid'));
    const roles = claims.data.roles.flatMap((role) =>
      roleSchema.safeParse(role).success ? [roleSchema.parse(role)] : [],
    );
    if (roles.length === 0) {
      throw new SignInRefused('no_role', {
        sv: `Du är inloggad men har ingen roll i Trygghetshjulet (${roleSchema.options.join(', ')}). Be kommunens IT-administratör tilldela dig en.`,
        en: `You are signed in but have no role in Trygghetshjulet (${roleSchema.options.join(', ')}). Ask the municipality's IT administrator to assign one.`,
      });
    }
    const { oid } = claims.data;
    const [person, department, actor] = await Promise.all([
      this.organisation.findPerson(oid),
      roles.includes('DepartmentHead') ? this.organisation.departmentHeadedBy(oid) : undefined,
      roles.includes('CouncilMember') ? this.organisation.actorOf(oid) : undefined,
    ]);
    const displayName = person?.displayName ?? (claims.data.name || claims.data.preferred_username || oid);
    await this.remember(oid, person, roles, displayName, claims.data.preferred_username);
    return { id: oid, displayName, roles, departmentId: department?.id ?? null, actorId: actor?.id ?? null };
  }

  /**
   * Keeps the app's record of the person in step with Entra ID's app roles at each sign-in, so the bot (whose
   * activities carry no roles) and the reminders know the säkerhetschef, the BOB group and the readers too.
   */
  private async remember(
    oid: string,
    person: Person | undefined,
    roles: Role[],
    displayName: string,
    userPrincipalName: string,
  ): Promise<void> {
    const same = person && person.roles.length === roles.length && roles.every((role) => person.roles.includes(role));
    if (same) return;
    try {
      if (person) await this.organisation.people.update(person.id, person.etag, { roles }, `entra:${oid}`);
      else
        await this.organisation.people.create(
          { objectId: oid, displayName, title: '', email: '', userPrincipalName, roles },
          `entra:${oid}`,
        );
    } catch (error) {
      // Two first requests at once race to write the same record; the other one wrote it.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}
