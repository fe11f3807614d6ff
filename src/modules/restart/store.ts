// Data access for restarts, their phase history, and failure reports.
import type { Db, Tx } from '../../db/database.js';
import type { RestartPhase } from '../../generated/prisma/sqlite/client.js';
import { terminalPhases } from './phases.js';

export interface Lease {
  owner: string;
  expiresAt: Date;
}

export function createRestart(
  tx: Tx,
  data: { internetGatewayId: string; sourceServerId: string | null; lease: Lease; now: Date },
) {
  return tx.gatewayRestart.create({
    data: {
      internetGatewayId: data.internetGatewayId,
      sourceServerId: data.sourceServerId,
      phase: 'QUEUED',
      progressPercent: 0,
      startedAt: data.now,
      leaseOwner: data.lease.owner,
      leaseExpiresAt: data.lease.expiresAt,
      phaseEvents: { create: { phase: 'QUEUED', progressPercent: 0, message: 'Restart queued', occurredAt: data.now } },
    },
    include: { phaseEvents: true },
  });
}

/** A restart with what executing it needs: the gateway, and both servers' names. */
export function findRestartForExecution(db: Db | Tx, id: string) {
  return db.gatewayRestart.findUnique({
    where: { id },
    include: {
      internetGateway: { include: { publicAddress: true } },
      sourceServer: { select: { name: true } },
      targetServer: { select: { name: true } },
    },
  });
}

export function findRestart(db: Db | Tx, id: string) {
  return db.gatewayRestart.findUnique({ where: { id } });
}

/** The gateway's restart that has not ended, if any. */
export function findRunningRestart(db: Db | Tx, internetGatewayId: string) {
  return db.gatewayRestart.findFirst({
    where: { internetGatewayId, phase: { notIn: terminalPhases } },
    orderBy: { startedAt: 'desc' },
  });
}

export function latestPhaseEvent(db: Db | Tx, restartId: string, phase: RestartPhase) {
  return db.gatewayRestartPhaseEvent.findUnique({ where: { restartId_phase: { restartId, phase } } });
}

/**
 * Moves a restart this instance holds the lease of into `phase`, recording the phase event in
 * the same transaction. Returns false when the lease was lost (another instance took over).
 */
export async function enterPhase(
  tx: Tx,
  restart: { id: string; lease: Lease },
  entering: {
    phase: RestartPhase;
    progressPercent: number;
    message: string;
    now: Date;
    targetServerId?: string;
    finished?: boolean;
    failureReason?: string;
  },
): Promise<boolean> {
  const { count } = await tx.gatewayRestart.updateMany({
    where: { id: restart.id, leaseOwner: restart.lease.owner, phase: { notIn: terminalPhases } },
    data: {
      phase: entering.phase,
      progressPercent: entering.progressPercent,
      ...(entering.targetServerId ? { targetServerId: entering.targetServerId } : {}),
      ...(entering.finished
        ? {
            finishedAt: entering.now,
            failureReason: entering.failureReason ?? null,
            leaseOwner: null,
            leaseExpiresAt: null,
          }
        : { leaseExpiresAt: restart.lease.expiresAt }),
    },
  });
  if (count === 0) return false;
  await tx.gatewayRestartPhaseEvent.create({
    data: {
      restartId: restart.id,
      phase: entering.phase,
      progressPercent: entering.progressPercent,
      message: entering.message,
      occurredAt: entering.now,
    },
  });
  return true;
}

export async function renewLease(db: Db, restartId: string, lease: Lease): Promise<boolean> {
  const { count } = await db.gatewayRestart.updateMany({
    where: { id: restartId, leaseOwner: lease.owner, phase: { notIn: terminalPhases } },
    data: { leaseExpiresAt: lease.expiresAt },
  });
  return count === 1;
}

/** Restarts that have not ended and whose lease has run out: their instance stopped or died. */
export function restartsWithLapsedLease(db: Db, now: Date) {
  return db.gatewayRestart.findMany({
    where: { phase: { notIn: terminalPhases }, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }] },
    select: { id: true },
    orderBy: { startedAt: 'asc' },
  });
}

/** Takes a lapsed restart over; false when another instance got it first. */
export async function claimLapsedRestart(db: Db, restartId: string, lease: Lease, now: Date): Promise<boolean> {
  const { count } = await db.gatewayRestart.updateMany({
    where: {
      id: restartId,
      phase: { notIn: terminalPhases },
      OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }],
    },
    data: { leaseOwner: lease.owner, leaseExpiresAt: lease.expiresAt },
  });
  return count === 1;
}

/**
 * Restarts that have not ended and whose lease is held by an owner starting with `ownerPrefix`
 * (any owner when it is empty), other than `currentOwner`.
 */
export function unfinishedRestartsLeasedBy(db: Db, ownerPrefix: string, currentOwner: string) {
  return db.gatewayRestart.findMany({
    where: {
      phase: { notIn: terminalPhases },
      leaseOwner: { startsWith: ownerPrefix, not: currentOwner },
    },
    select: { id: true, leaseOwner: true },
    orderBy: { startedAt: 'asc' },
  });
}

/** Takes a restart over from the owner it was read with; false when the lease changed hands since. */
export async function takeOverLease(db: Db, restart: { id: string; leaseOwner: string | null }, lease: Lease) {
  const { count } = await db.gatewayRestart.updateMany({
    where: { id: restart.id, leaseOwner: restart.leaseOwner, phase: { notIn: terminalPhases } },
    data: { leaseOwner: lease.owner, leaseExpiresAt: lease.expiresAt },
  });
  return count === 1;
}

/** Gives up this instance's leases so that another instance can resume the restarts at once. */
export function releaseLeases(db: Db, owner: string, restartIds: string[]) {
  return db.gatewayRestart.updateMany({
    where: { id: { in: restartIds }, leaseOwner: owner, phase: { notIn: terminalPhases } },
    data: { leaseOwner: null, leaseExpiresAt: null },
  });
}

export function setGatewayAfterRestart(
  tx: Tx,
  internetGatewayId: string,
  outcome: { status: 'ACTIVE' | 'ERROR' | 'RESTARTING'; gatewayServerId?: string },
) {
  return tx.internetGateway.update({
    where: { id: internetGatewayId },
    data: { status: outcome.status, ...(outcome.gatewayServerId ? { gatewayServerId: outcome.gatewayServerId } : {}) },
    include: { gatewayServer: true },
  });
}

export function createFailureReport(
  tx: Tx,
  data: {
    restartId: string;
    internetGatewayId: string;
    projectId: string;
    reason: string;
    now: Date;
    deliverToWebhook: boolean;
  },
) {
  return tx.restartFailureReport.create({
    data: {
      restartId: data.restartId,
      internetGatewayId: data.internetGatewayId,
      projectId: data.projectId,
      reason: data.reason,
      reportedAt: data.now,
      webhookNextAttemptAt: data.deliverToWebhook ? data.now : null,
    },
  });
}

export function findFailureReport(db: Db | Tx, id: string) {
  return db.restartFailureReport.findUnique({ where: { id } });
}

export function acknowledgeFailureReport(tx: Tx, id: string, now: Date) {
  return tx.restartFailureReport.update({ where: { id }, data: { acknowledgedAt: now } });
}

/** Reports whose webhook delivery is due. */
export function reportsDueForWebhook(db: Db, now: Date) {
  return db.restartFailureReport.findMany({
    where: { webhookDeliveredAt: null, webhookNextAttemptAt: { lte: now } },
    select: { id: true },
    orderBy: { reportedAt: 'asc' },
    take: 20,
  });
}

/** Claims a due delivery until `until`, so that no other instance sends it meanwhile. */
export async function claimWebhookDelivery(db: Db, id: string, now: Date, until: Date): Promise<boolean> {
  const { count } = await db.restartFailureReport.updateMany({
    where: { id, webhookDeliveredAt: null, webhookNextAttemptAt: { lte: now } },
    data: { webhookNextAttemptAt: until },
  });
  return count === 1;
}

export function findReportForWebhook(db: Db, id: string) {
  return db.restartFailureReport.findUnique({
    where: { id },
    include: {
      internetGateway: { select: { id: true, name: true } },
      project: { select: { id: true, name: true } },
      restart: true,
    },
  });
}

export function recordWebhookAttempt(
  db: Db,
  id: string,
  outcome: { deliveredAt: Date | null; attempts: number; nextAttemptAt: Date | null; lastError: string | null },
) {
  return db.restartFailureReport.update({
    where: { id },
    data: {
      webhookDeliveredAt: outcome.deliveredAt,
      webhookAttempts: outcome.attempts,
      webhookNextAttemptAt: outcome.nextAttemptAt,
      webhookLastError: outcome.lastError,
    },
  });
}
