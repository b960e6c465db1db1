import { escapeLike, findPage, isUuid, validateInput, type Page, type PageArgs } from '@boxoffice/platform';
import { z } from 'zod';
import type { ProgramContext } from '../context.js';
import { Speaker, type Session } from '../entities/index.js';
import { canSeeProgram } from './program-visibility.js';

const SPEAKER_ORDER = { name: 'asc', id: 'asc' } as const;
const searchSchema = z.object({ search: z.string().trim().max(200).nullish() });

const byStart = (a: Session, b: Session) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id);

/** Reading sessions and speakers, batched per request; sessions follow their event's visibility. */
export class ProgramReads {
  async session(ctx: ProgramContext, id: string): Promise<Session | null> {
    const session = isUuid(id) ? await ctx.loaders.session.load(id) : null;
    return session && (await this.visible(ctx, [session]))[0] ? session : null;
  }

  async speaker(ctx: ProgramContext, id: string): Promise<Speaker | null> {
    return isUuid(id) ? ctx.loaders.speaker.load(id) : null;
  }

  /** Speakers by name, optionally only those whose name or company contains `search`. */
  speakers(ctx: ProgramContext, { search, page }: { search: string | null | undefined; page: PageArgs }): Promise<Page<Speaker>> {
    const valid = validateInput(searchSchema, { search });
    const pattern = valid.search ? `%${escapeLike(valid.search)}%` : undefined;
    const where = pattern ? { $or: [{ name: { $ilike: pattern } }, { company: { $ilike: pattern } }] } : {};
    return findPage(ctx.em, Speaker, where, SPEAKER_ORDER, page);
  }

  async sessionsOfEvent(ctx: ProgramContext, eventId: string): Promise<Session[]> {
    if (!canSeeProgram(ctx.auth.viewer, await ctx.loaders.event.load(eventId))) return [];
    return ctx.loaders.eventSessions.load(eventId);
  }

  /** Everyone speaking at the event, by name. */
  async speakersOfEvent(ctx: ProgramContext, eventId: string): Promise<Speaker[]> {
    const sessions = await this.sessionsOfEvent(ctx, eventId);
    const rows = (await ctx.loaders.sessionSpeakers.loadMany(sessions.map((session) => session.id))).flatMap(orThrow);
    const speakers = await this.speakersByIds(ctx, [...new Set(rows.map((row) => row.speakerId))]);
    return speakers.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async speakersOfSession(ctx: ProgramContext, sessionId: string): Promise<Speaker[]> {
    const rows = await ctx.loaders.sessionSpeakers.load(sessionId);
    return this.speakersByIds(ctx, rows.map((row) => row.speakerId));
  }

  /** The speaker's sessions the caller may see, of every event, by start time. */
  async sessionsOfSpeaker(ctx: ProgramContext, speakerId: string): Promise<Session[]> {
    const rows = await ctx.loaders.speakerSessions.load(speakerId);
    const sessions = (await ctx.loaders.session.loadMany(rows.map((row) => row.sessionId))).map(orThrow).filter((s): s is Session => s !== null);
    const visible = await this.visible(ctx, sessions);
    return sessions.filter((_session, index) => visible[index]).sort(byStart);
  }

  private async visible(ctx: ProgramContext, sessions: Session[]): Promise<boolean[]> {
    const events = (await ctx.loaders.event.loadMany(sessions.map((session) => session.eventId))).map(orThrow);
    return events.map((event) => canSeeProgram(ctx.auth.viewer, event));
  }

  private async speakersByIds(ctx: ProgramContext, ids: string[]): Promise<Speaker[]> {
    return (await ctx.loaders.speaker.loadMany(ids)).map(orThrow).filter((speaker): speaker is Speaker => speaker !== null);
  }
}

/** DataLoader's loadMany answers an Error in place of a value that failed to load. */
function orThrow<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
