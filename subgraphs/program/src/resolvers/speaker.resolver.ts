import { PageArgs, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ProgramContext } from '../context.js';
import { Session, Speaker } from '../entities/index.js';
import { CreateSpeakerInput, SpeakerConnection, UpdateSpeakerArgs } from '../types/index.js';

@Resolver(() => Speaker)
export class SpeakerResolver {
  @Query(() => Speaker, { nullable: true })
  speaker(@Arg('id', () => ID) id: string, @Ctx() ctx: ProgramContext): Promise<Speaker | null> {
    return ctx.services.reads.speaker(ctx, id);
  }

  @Query(() => SpeakerConnection, { description: 'By name; `search` matches name or company, ignoring case.' })
  speakers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: ProgramContext,
  ): Promise<Page<Speaker>> {
    return ctx.services.reads.speakers(ctx, { search, page });
  }

  @Authorized('ORGANIZER', 'ADMIN')
  @Mutation(() => Speaker, { description: 'ORGANIZER or ADMIN.' })
  createSpeaker(@Arg('input', () => CreateSpeakerInput) input: CreateSpeakerInput, @Ctx() ctx: ProgramContext): Promise<Speaker> {
    return ctx.services.speakers.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Speaker, { description: 'Whoever created the speaker, or an admin.' })
  updateSpeaker(@Args(() => UpdateSpeakerArgs) args: UpdateSpeakerArgs, @Ctx() ctx: ProgramContext): Promise<Speaker> {
    return ctx.services.speakers.update(ctx, args);
  }

  @FieldResolver(() => [Session], { description: 'Of every event the caller may see, by start time.' })
  sessions(@Root() speaker: Speaker, @Ctx() ctx: ProgramContext): Promise<Session[]> {
    return ctx.services.reads.sessionsOfSpeaker(ctx, speaker.id);
  }
}
