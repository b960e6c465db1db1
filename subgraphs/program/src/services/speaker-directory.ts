import { assertOwnerOrAdmin, isUuid, notFound, requireViewer, validateInput, type RequestContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import { Speaker } from '../entities/index.js';
import type { CreateSpeakerInput, UpdateSpeakerArgs } from '../types/index.js';
import { newSpeakerRules, speakerChangeRules } from './speaker-rules.js';

/** Speakers are created by organizers and admins, and changed by whoever created them or an admin. */
export class SpeakerDirectory {
  async create(ctx: RequestContext, input: CreateSpeakerInput): Promise<Speaker> {
    const viewer = requireViewer(ctx.auth);
    const fields = validateInput(newSpeakerRules, input);
    const speaker = ctx.em.create(Speaker, { ...fields, ownerId: viewer.id });
    await ctx.em.persist(speaker).flush();
    return speaker;
  }

  async update(ctx: RequestContext, { id, input }: UpdateSpeakerArgs): Promise<Speaker> {
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    // A null name means "unchanged", like every other omitted field; it can never be cleared.
    if (given.name === null) delete given.name;
    const changes = validateInput(speakerChangeRules, given);
    return ctx.em.transactional(async (tx) => {
      const speaker = isUuid(id) ? await tx.findOne(Speaker, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!speaker) throw notFound('Speaker', id);
      assertOwnerOrAdmin(ctx.auth, speaker.ownerId, 'this speaker');
      tx.assign(speaker, changes);
      return speaker;
    });
  }
}
