import { findPage, type PageArgs, type Page, type ProjectionHandlers, type ReceivedEvent, type RequestContext } from '@boxoffice/platform';
import type { FilterQuery } from '@mikro-orm/core';
import { AuditEntry, type AuditAction, type AuditTargetType } from '../entities/index.js';
import type { AuditLogFilter } from '../types/index.js';

/** What a fact says about itself for the audit log. */
export interface AuditedFact {
  fact: ReceivedEvent;
  action: AuditAction;
  targetType: AuditTargetType;
}

/**
 * The audit log: one entry per privileged or money-moving fact, written by this subgraph's
 * consumer from the facts themselves (they carry their actor), so no path that records a fact
 * can skip its entry. Admins read it; nothing changes or removes an entry.
 */
export class AuditLog {
  /** In the inbox's transaction, which applies each fact once: the entry of `fact` (its id is the fact's id). */
  async record({ em }: RequestContext, { fact, action, targetType }: AuditedFact): Promise<void> {
    em.persist(
      em.create(AuditEntry, {
        id: fact.id,
        action,
        actorId: fact.actorId ?? null,
        targetType,
        targetId: fact.aggregateId,
        occurredAt: new Date(fact.occurredAt),
        correlationId: fact.correlationId ?? null,
      }),
    );
  }

  /** Fact handlers that audit each fact type of `actions` as that action on a `targetType` (the fact's aggregate). */
  handlers(targetType: AuditTargetType, actions: Record<string, AuditAction>): ProjectionHandlers {
    return Object.fromEntries(
      Object.entries(actions).map(([type, action]) => [type, (fact: ReceivedEvent, ctx: RequestContext) => this.record(ctx, { fact, action, targetType })]),
    );
  }

  /** Newest first, narrowed by `filter`; the resolver admits admins only. */
  find({ em }: RequestContext, { filter, page }: { filter: AuditLogFilter | null; page: PageArgs }): Promise<Page<AuditEntry>> {
    const where: FilterQuery<AuditEntry> = {};
    if (filter?.actorId) where.actorId = filter.actorId;
    if (filter?.targetId) where.targetId = filter.targetId;
    if (filter?.action) where.action = filter.action;
    if (filter?.from || filter?.to) {
      where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    return findPage(em, AuditEntry, where, { occurredAt: 'desc', id: 'desc' }, page);
  }
}
