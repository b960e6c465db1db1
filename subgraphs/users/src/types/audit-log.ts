import { ConnectionType } from '@boxoffice/platform';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AuditAction, AuditEntry } from '../entities/index.js';

@InputType({ description: 'Every field given narrows the log; `from` is inclusive, `to` exclusive.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
