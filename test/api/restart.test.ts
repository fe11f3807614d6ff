// Maintenance restarts, end to end: who may restart what, the phases a subscriber sees, what the
// gateway and the instances behind it look like during and after, and what a failed restart
// leaves for operators (reports, the restartFailureReported stream, the webhook). Gateway servers
// are installation-wide, so the tests of one describe run in order on their app and put back the
// server state they change; scenarios that need other settings get an app of their own.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { encodeGlobalId } from '../../src/common/ids.js';
import { SimulatedDataPlane } from '../../src/modules/restart/data-plane.js';
import {
  AttachInternetGateway,
  DeleteInternetGateway,
  DetachInternetGateway,
  GatewayStatusChanged,
  RenameInternetGateway,
} from '../support/documents/internet-gateway.js';
import {
  AcknowledgeRestartFailureReport,
  RestartFailureReported,
  RestartFailureReports,
  RestartInternetGateway,
  RestartProgress,
} from '../support/documents/restart.js';
import { gatewayState, instanceView } from '../support/gateway-api.js';
import { type ApiClient, expectTypename } from '../support/graphql-client.js';
import {
  cancelMaintenance,
  deferred,
  HeldDataPlane,
  listGatewayServers,
  maintenanceWindow,
  recordLive,
  scheduleMaintenanceFor,
  setServerState,
  startWebhookReceiver,
} from '../support/maintenance-restart.js';
import {
  publicNetworkId,
  seedAttachedGateway,
  seedAttachment,
  seedGateway,
  seedProject,
  seedRoutingTable,
  seedVpc,
} from '../support/seed.js';
import { providers, type TestApp, useTestApp } from '../support/test-app.js';

const workingPhases = ['QUEUED', 'DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING', 'COMPLETED'];

type ProgressEvent = { phase: string; progressPercent: number; restart: { id: string } };

/** Phases and percentages a subscriber saw, in order. */
const phasesOf = (events: { internetGatewayRestartProgress: ProgressEvent }[]) =>
  events.map((event) => event.internetGatewayRestartProgress);

function expectRisingToCompletion(progress: ProgressEvent[], from = 'QUEUED') {
  expect(progress.map((event) => event.phase)).toEqual(workingPhases.slice(workingPhases.indexOf(from)));
  const percents = progress.map((event) => event.progressPercent);
  for (let index = 1; index < percents.length; index++) {
    expect(percents[index]).toBeGreaterThan(percents[index - 1] as number);
  }
  expect(percents.at(-1)).toBe(100);
}

/**
 * Restarts the gateway with a progress subscriber listening from before the request. Returns the
 * mutation's result and the recorder; `finished` resolves when the stream completes.
 */
async function restartFollowed(client: ApiClient, internetGatewayId: string) {
  const progress = await recordLive(client.webSocket(), RestartProgress, { id: internetGatewayId });
  onTestFinished(() => progress.dispose());
  const { restartInternetGateway } = await client.execute(RestartInternetGateway, { id: internetGatewayId });
  return { result: restartInternetGateway, progress };
}

/** A gateway that must restart: the usual seeded one, on a server with maintenance scheduled (cancelled after the test). */
async function seedRestartTarget(testApp: TestApp) {
  const seeded = await seedAttachedGateway(testApp);
  const server = await scheduleMaintenanceFor(testApp.operator, seeded.internetGatewayId);
  onTestFinished(() => cancelMaintenance(testApp.operator, server.id));
  return { ...seeded, server };
}

describe.each(providers)('restartInternetGateway (%s)', (provider) => {
  const dataPlane = new HeldDataPlane(new SimulatedDataPlane({ phaseMs: 40, failureRate: 0 }));
  const suite = useTestApp(provider, 'restart', { dataPlane });

  /** Holds the gateway's next restart mid-way; the hold is let go after the test at the latest. */
  function holdRestartOf(internetGatewayId: string) {
    const hold = dataPlane.hold(internetGatewayId);
    onTestFinished(() => hold.release());
    return hold;
  }

  it('a gateway that is no maintenance target is refused with RESTART_NOT_REQUIRED and stays as it was', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const { restartInternetGateway } = await seeded.member.execute(RestartInternetGateway, {
      id: seeded.internetGatewayId,
    });
    expect(restartInternetGateway).toMatchObject({ __typename: 'ConflictError', code: 'RESTART_NOT_REQUIRED' });
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      restartRequired: false,
      latestRestart: null,
    });
  });

  it('another project cannot restart a gateway (NotFoundError), nor can anyone restart an unknown one', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const stranger = await seedProject(suite.testApp);
    const { restartInternetGateway } = await stranger.member.execute(RestartInternetGateway, {
      id: seeded.internetGatewayId,
    });
    expect(restartInternetGateway).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const unknown = await suite.testApp.operator.execute(RestartInternetGateway, {
      id: encodeGlobalId('InternetGateway', 'nope'),
    });
    expect(unknown.restartInternetGateway).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      latestRestart: null,
    });
  });

  it('a restart turns the gateway RESTARTING (YELLOW) at once, and a second restart meanwhile is GATEWAY_BUSY', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const hold = holdRestartOf(seeded.internetGatewayId);
    const { result, progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    expect(result).toMatchObject({
      __typename: 'RestartInternetGatewaySuccess',
      internetGateway: {
        id: seeded.internetGatewayId,
        status: 'RESTARTING',
        statusIndicator: 'YELLOW',
        restartRequired: true,
      },
      restart: { phase: 'QUEUED', progressPercent: 0, finishedAt: null, failureReason: null },
    });
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'RESTARTING',
      statusIndicator: 'YELLOW',
    });

    const again = await seeded.member.execute(RestartInternetGateway, { id: seeded.internetGatewayId });
    expect(again.restartInternetGateway).toMatchObject({ __typename: 'ConflictError', code: 'GATEWAY_BUSY' });

    hold.release();
    await progress.finished;
    expect(phasesOf(progress.data).at(-1)?.phase).toBe('COMPLETED');
  });

  it('of concurrent restart requests for one gateway exactly one starts a restart; the others are GATEWAY_BUSY', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const hold = holdRestartOf(seeded.internetGatewayId);
    const progress = await recordLive(seeded.member.webSocket(), RestartProgress, { id: seeded.internetGatewayId });
    onTestFinished(() => progress.dispose());
    const results = await Promise.all(
      Array.from(
        { length: 5 },
        async () =>
          (await seeded.member.execute(RestartInternetGateway, { id: seeded.internetGatewayId }))
            .restartInternetGateway,
      ),
    );
    expect(results.filter((result) => result.__typename === 'RestartInternetGatewaySuccess')).toHaveLength(1);
    for (const result of results.filter((candidate) => candidate.__typename !== 'RestartInternetGatewaySuccess')) {
      expect(result).toMatchObject({ __typename: 'ConflictError', code: 'GATEWAY_BUSY' });
    }
    hold.release();
    await progress.finished;
    expectRisingToCompletion(phasesOf(progress.data));
  });

  it('while a gateway restarts, attach, detach, delete, rename and restart are refused with GATEWAY_BUSY and change nothing', async () => {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    const attached = await seedGateway(member, externalNetworkId, 'attached igw');
    const publicIp = await seedAttachment(member, defaultRoutingTableId, attached);
    const detached = await seedGateway(member, externalNetworkId, 'detached igw');
    const spareRoutingTableId = await seedRoutingTable(member, vpcId, 'spare');
    for (const internetGatewayId of [attached, detached]) {
      const server = await scheduleMaintenanceFor(suite.testApp.operator, internetGatewayId);
      onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    }
    const holds = [holdRestartOf(attached), holdRestartOf(detached)];
    const restarts = await Promise.all([restartFollowed(member, attached), restartFollowed(member, detached)]);
    for (const { result } of restarts) expect(result.__typename).toBe('RestartInternetGatewaySuccess');

    const refusals = {
      attach: (
        await member.execute(AttachInternetGateway, {
          routingTableId: spareRoutingTableId,
          internetGatewayId: detached,
        })
      ).attachInternetGateway,
      detach: (await member.execute(DetachInternetGateway, { routingTableId: defaultRoutingTableId }))
        .detachInternetGateway,
      delete: (await member.execute(DeleteInternetGateway, { id: detached })).deleteInternetGateway,
      rename: (await member.execute(RenameInternetGateway, { id: attached, name: 'renamed' })).renameInternetGateway,
      restart: (await member.execute(RestartInternetGateway, { id: attached })).restartInternetGateway,
    };
    for (const refusal of Object.values(refusals))
      expect(refusal).toMatchObject({ __typename: 'ConflictError', code: 'GATEWAY_BUSY' });

    expect(await gatewayState(member, attached)).toMatchObject({
      name: 'attached igw',
      status: 'RESTARTING',
      publicIp,
      routingTable: { id: defaultRoutingTableId },
    });
    expect(await gatewayState(member, detached)).toMatchObject({
      name: 'detached igw',
      status: 'RESTARTING',
      routingTable: null,
    });

    // Once the restarts end, the same operations go through: they were refused for the restart alone.
    for (const hold of holds) hold.release();
    await Promise.all(restarts.map(({ progress }) => progress.finished));
    expect(
      (
        await member.execute(AttachInternetGateway, {
          routingTableId: spareRoutingTableId,
          internetGatewayId: detached,
        })
      ).attachInternetGateway.__typename,
    ).toBe('AttachInternetGatewaySuccess');
    expect(
      (await member.execute(RenameInternetGateway, { id: attached, name: 'renamed' })).renameInternetGateway.__typename,
    ).toBe('RenameInternetGatewaySuccess');
  });

  it('restartImpact names the instances that lose internet access (no floating IP) before and during the restart; they are UNREACHABLE meanwhile, floating-IP ones stay REACHABLE', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const impact = {
      affectedInstances: [{ id: seeded.instanceWithoutFloatingIp }],
      unaffectedInstances: [{ id: seeded.instanceWithFloatingIp }],
    };
    expect((await gatewayState(seeded.member, seeded.internetGatewayId))?.restartImpact).toEqual(impact);
    expect((await instanceView(seeded.member, seeded.instanceWithoutFloatingIp)).internetAccess).toEqual({
      status: 'REACHABLE',
      path: 'INTERNET_GATEWAY',
      reason: null,
    });

    const hold = holdRestartOf(seeded.internetGatewayId);
    const { progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    expect((await gatewayState(seeded.member, seeded.internetGatewayId))?.restartImpact).toEqual(impact);
    const during = (await instanceView(seeded.member, seeded.instanceWithoutFloatingIp)).internetAccess;
    expect(during).toMatchObject({ status: 'UNREACHABLE', path: null, reason: expect.any(String) });
    expect((await instanceView(seeded.member, seeded.instanceWithFloatingIp)).internetAccess).toEqual({
      status: 'REACHABLE',
      path: 'FLOATING_IP',
      reason: null,
    });

    hold.release();
    await progress.finished;
    expect((await instanceView(seeded.member, seeded.instanceWithoutFloatingIp)).internetAccess).toEqual({
      status: 'REACHABLE',
      path: 'INTERNET_GATEWAY',
      reason: null,
    });
    expect((await instanceView(seeded.member, seeded.instanceWithFloatingIp)).internetAccess).toMatchObject({
      status: 'REACHABLE',
      path: 'FLOATING_IP',
    });
  });

  it('a progress subscriber sees QUEUED, DRAINING, MIGRATING, STARTING, VERIFYING, COMPLETED in order with rising percentages ending at 100, then the stream completes', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const { result, progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    const restartId = expectTypename(result, 'RestartInternetGatewaySuccess').restart.id;
    await progress.finished;

    const events = phasesOf(progress.data);
    expectRisingToCompletion(events);
    for (const event of events) expect(event.restart.id).toBe(restartId);
    expect(progress.data.at(-1)?.internetGatewayRestartProgress.restart).toMatchObject({
      phase: 'COMPLETED',
      progressPercent: 100,
    });
    expect(progress.results.every((entry) => entry.errors === undefined)).toBe(true);
  });

  it('the status stream shows ACTIVE/GREEN → RESTARTING/YELLOW → ACTIVE/GREEN, restart-required lifted at the end', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const status = await recordLive(seeded.member.webSocket(), GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => status.dispose());
    const server = await scheduleMaintenanceFor(suite.testApp.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    await status.until((data) => data.length >= 1);

    const { progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    await progress.finished;
    const events = (await status.until((data) => data.length >= 3)).map((event) => event.internetGatewayStatusChanged);
    expect(
      events.map(({ status, statusIndicator, previousStatus, restartRequired }) => ({
        status,
        statusIndicator,
        previousStatus,
        restartRequired,
      })),
    ).toEqual([
      { status: 'ACTIVE', statusIndicator: 'GREEN', previousStatus: 'ACTIVE', restartRequired: true },
      { status: 'RESTARTING', statusIndicator: 'YELLOW', previousStatus: 'ACTIVE', restartRequired: true },
      { status: 'ACTIVE', statusIndicator: 'GREEN', previousStatus: 'RESTARTING', restartRequired: false },
    ]);
    // Read back inside the event, the gateway already shows what the event says (it went out after the commit).
    expect(events[2]?.internetGateway).toEqual({
      id: seeded.internetGatewayId,
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      restartRequired: false,
    });
  });

  it('a completed restart leaves the gateway ACTIVE and GREEN on another, healthy server, with the same public IP, routing table and managed route', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const before = await gatewayState(suite.testApp.operator, seeded.internetGatewayId);
    expect(before).toMatchObject({
      restartRequired: true,
      maintenance: maintenanceWindow,
      gatewayServer: { id: seeded.server.id },
    });

    const { result, progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    const restart = expectTypename(result, 'RestartInternetGatewaySuccess').restart;
    await progress.finished;

    const after = await gatewayState(suite.testApp.operator, seeded.internetGatewayId);
    expect(after).toMatchObject({
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      restartRequired: false,
      maintenance: null,
      publicIp: seeded.publicIp,
      routingTable: before?.routingTable,
      gatewayServer: { state: 'ACTIVE', maintenance: null },
    });
    expect(after?.gatewayServer?.id).not.toBe(seeded.server.id);
    expect(after?.routingTable?.routes).toContainEqual({
      cidr: '0.0.0.0/0',
      gatewayType: 'INTERNET_GATEWAY',
      gatewayId: seeded.internetGatewayId,
      gatewayName: 'igw',
      managed: true,
    });
    expect(after?.latestRestart).toMatchObject({
      id: restart.id,
      phase: 'COMPLETED',
      progressPercent: 100,
      failureReason: null,
    });
    expect(after?.latestRestart?.finishedAt).toEqual(expect.any(String));
    expect(Date.parse(after?.latestRestart?.finishedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(after?.latestRestart?.startedAt as string),
    );
    // Members see the same outcome, without the server.
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      restartRequired: false,
      gatewayServer: null,
    });
  });

  it('a restart whose target server goes DOWN on the way fails, rather than ending on an unhealthy server', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const hold = holdRestartOf(seeded.internetGatewayId);
    const { progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    // Held in DRAINING: the target is chosen. Every other server, the target among them, goes DOWN.
    await hold.entered;
    await leaveNoHealthyServer(suite.testApp, seeded.server.id);
    hold.release();
    await progress.finished;

    const last = progress.data.at(-1)?.internetGatewayRestartProgress;
    expect(last?.phase).toBe('FAILED');
    expect(last?.restart.failureReason).toMatch(/went DOWN during the restart/);
    expect(await gatewayState(suite.testApp.operator, seeded.internetGatewayId)).toMatchObject({
      status: 'ERROR',
      statusIndicator: 'RED',
      restartRequired: true,
      gatewayServer: { id: seeded.server.id },
    });
  });

  it("an operator may restart any project's gateway", async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const { result, progress } = await restartFollowed(suite.testApp.operator, seeded.internetGatewayId);
    expect(result).toMatchObject({
      __typename: 'RestartInternetGatewaySuccess',
      internetGateway: { status: 'RESTARTING' },
    });
    await progress.finished;
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      restartRequired: false,
      latestRestart: { phase: 'COMPLETED' },
    });
  });
});

describe.each(providers)('joining a restart mid-way (%s)', (provider) => {
  const suite = useTestApp(provider, 'restart-join', { env: { IGW_RESTART_PHASE_MS: '300' } });

  it('a subscriber joining mid-restart first gets the current phase, then the remaining ones, then completion', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    const { progress: early } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    await early.until((data) => phasesOf(data).some((event) => event.phase === 'DRAINING'));

    const late = await recordLive(seeded.member.webSocket(), RestartProgress, { id: seeded.internetGatewayId });
    onTestFinished(() => late.dispose());
    await Promise.all([early.finished, late.finished]);

    const seenEarly = phasesOf(early.data);
    const seenLate = phasesOf(late.data);
    expectRisingToCompletion(seenEarly);
    const joinedAt = seenLate[0]?.phase as string;
    expect(['DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING', 'COMPLETED']).toContain(joinedAt);
    expect(seenLate).toEqual(seenEarly.slice(workingPhases.indexOf(joinedAt)));
  });
});

/** Marks every server but `keep` DOWN for the test, so a restart has nowhere to go. */
async function leaveNoHealthyServer(testApp: TestApp, keep: string) {
  for (const server of await listGatewayServers(testApp.operator)) {
    if (server.id === keep || server.state === 'DOWN') continue;
    await setServerState(testApp.operator, server.id, 'DOWN');
    onTestFinished(() => setServerState(testApp.operator, server.id, 'ACTIVE'));
  }
}

/** A gateway whose restart has failed (no healthy server), with what the test saw of it. */
async function seedFailedRestart(testApp: TestApp) {
  const seeded = await seedRestartTarget(testApp);
  await leaveNoHealthyServer(testApp, seeded.server.id);
  const { result, progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
  const restartId = expectTypename(result, 'RestartInternetGatewaySuccess').restart.id;
  await progress.finished;
  return { ...seeded, restartId, progress: phasesOf(progress.data) };
}

describe.each(providers)('failed restarts (%s)', (provider) => {
  let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeAll(async () => {
    webhook = await startWebhookReceiver();
  });
  afterAll(async () => {
    await webhook?.close();
  });
  const suite = useTestApp(provider, 'restart-failure', () => ({
    env: { IGW_OPERATOR_WEBHOOK_URL: webhook.url, IGW_WEBHOOK_BACKOFF_MS: '20' },
  }));

  it('with no other healthy server the restart ends FAILED with a reason, and the gateway is ERROR (RED) and still restartRequired', async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    await leaveNoHealthyServer(suite.testApp, seeded.server.id);
    const status = await recordLive(seeded.member.webSocket(), GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => status.dispose());

    const { progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
    await progress.finished;
    const events = phasesOf(progress.data);
    expect(events.map((event) => event.phase)).toEqual(['QUEUED', 'FAILED']);
    const failed = progress.data.at(-1)?.internetGatewayRestartProgress;
    expect(failed?.message).toEqual(expect.any(String));
    expect(failed?.restart.failureReason).toEqual(expect.any(String));

    const gateway = await gatewayState(suite.testApp.operator, seeded.internetGatewayId);
    expect(gateway).toMatchObject({
      status: 'ERROR',
      statusIndicator: 'RED',
      restartRequired: true,
      maintenance: maintenanceWindow,
      gatewayServer: { id: seeded.server.id },
      publicIp: seeded.publicIp,
      latestRestart: { phase: 'FAILED', failureReason: failed?.restart.failureReason },
    });
    expect(gateway?.latestRestart?.finishedAt).toEqual(expect.any(String));
    expect((await instanceView(seeded.member, seeded.instanceWithoutFloatingIp)).internetAccess).toMatchObject({
      status: 'UNREACHABLE',
    });
    expect((await instanceView(seeded.member, seeded.instanceWithFloatingIp)).internetAccess).toMatchObject({
      status: 'REACHABLE',
    });

    const statusEvents = (await status.until((data) => data.length >= 2)).map(
      (event) => event.internetGatewayStatusChanged,
    );
    expect(
      statusEvents.map(({ status, statusIndicator, restartRequired }) => ({
        status,
        statusIndicator,
        restartRequired,
      })),
    ).toEqual([
      { status: 'RESTARTING', statusIndicator: 'YELLOW', restartRequired: true },
      { status: 'ERROR', statusIndicator: 'RED', restartRequired: true },
    ]);
  });

  it('a failed restart is reported to operators: listed, pushed to restartFailureReported subscribers and POSTed as JSON to the webhook', async () => {
    const reported = await recordLive(suite.testApp.operator.webSocket(), RestartFailureReported);
    onTestFinished(() => reported.dispose());
    const failed = await seedFailedRestart(suite.testApp);

    const [pushed] = await reported.until((data) =>
      data.some((event) => event.restartFailureReported.restart.id === failed.restartId),
    );
    const report = pushed?.restartFailureReported;
    expect(report).toMatchObject({
      reason: expect.any(String),
      internetGateway: { id: failed.internetGatewayId, status: 'ERROR' },
      restart: { id: failed.restartId, phase: 'FAILED' },
    });

    const listed = (await suite.testApp.operator.execute(RestartFailureReports, {})).restartFailureReports.find(
      (entry) => entry.id === report?.id,
    );
    expect(listed).toMatchObject({
      reason: report?.reason,
      acknowledgedAt: null,
      internetGateway: { id: failed.internetGatewayId },
      restart: { id: failed.restartId, phase: 'FAILED', failureReason: report?.reason },
      project: { id: failed.projectId },
    });
    const unacknowledged = await suite.testApp.operator.execute(RestartFailureReports, { unacknowledgedOnly: true });
    expect(unacknowledged.restartFailureReports.map((entry) => entry.id)).toContain(report?.id);

    await webhook.until(() => webhook.received.some((delivery) => (delivery.body as { id: string }).id === report?.id));
    const delivery = webhook.received.find((entry) => (entry.body as { id: string }).id === report?.id);
    expect(delivery?.headers['content-type']).toMatch(/^application\/json/);
    expect(delivery?.body).toMatchObject({
      type: 'RESTART_FAILURE_REPORTED',
      id: report?.id,
      reason: report?.reason,
      internetGateway: { id: failed.internetGatewayId },
      project: { id: failed.projectId },
      restart: { id: failed.restartId, phase: 'FAILED' },
    });
  });

  it('operators acknowledge a report: it leaves the unacknowledged list, and stays in the full one', async () => {
    const failed = await seedFailedRestart(suite.testApp);
    const report = (await suite.testApp.operator.execute(RestartFailureReports, {})).restartFailureReports.find(
      (entry) => entry.restart.id === failed.restartId,
    );
    if (!report) throw new Error('no report for the failed restart');

    const { acknowledgeRestartFailureReport } = await suite.testApp.operator.execute(AcknowledgeRestartFailureReport, {
      id: report.id,
    });
    expect(acknowledgeRestartFailureReport).toMatchObject({
      __typename: 'AcknowledgeRestartFailureReportSuccess',
      report: { id: report.id, acknowledgedAt: expect.any(String) },
    });
    const unacknowledged = await suite.testApp.operator.execute(RestartFailureReports, { unacknowledgedOnly: true });
    expect(unacknowledged.restartFailureReports.map((entry) => entry.id)).not.toContain(report.id);
    const all = await suite.testApp.operator.execute(RestartFailureReports, { unacknowledgedOnly: false });
    expect(all.restartFailureReports.find((entry) => entry.id === report.id)?.acknowledgedAt).toEqual(
      expect.any(String),
    );

    const unknown = await suite.testApp.operator.execute(AcknowledgeRestartFailureReport, {
      id: encodeGlobalId('RestartFailureReport', 'nope'),
    });
    expect(unknown.acknowledgeRestartFailureReport).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('once a server is healthy again, restarting the failed gateway succeeds', async () => {
    const failed = await seedFailedRestart(suite.testApp);
    const spare = (await listGatewayServers(suite.testApp.operator)).find((server) => server.state === 'DOWN');
    if (!spare) throw new Error('no server was DOWN');
    await setServerState(suite.testApp.operator, spare.id, 'ACTIVE');

    const { result, progress } = await restartFollowed(failed.member, failed.internetGatewayId);
    expect(result).toMatchObject({
      __typename: 'RestartInternetGatewaySuccess',
      internetGateway: { status: 'RESTARTING' },
    });
    await progress.finished;
    expectRisingToCompletion(phasesOf(progress.data));
    expect(await gatewayState(suite.testApp.operator, failed.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      restartRequired: false,
      maintenance: null,
      publicIp: failed.publicIp,
      gatewayServer: { id: spare.id },
      latestRestart: { phase: 'COMPLETED', failureReason: null },
    });
  });
});

describe.each(providers)('operator webhook retries (%s)', (provider) => {
  const restartFailed = deferred();
  let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeAll(async () => {
    // The first delivery hangs until the restart has failed, then gets a 500; later ones succeed.
    webhook = await startWebhookReceiver(async (attempt) => {
      if (attempt > 1) return 204;
      await restartFailed.promise;
      return 500;
    });
  });
  const suite = useTestApp(provider, 'restart-webhook', () => ({
    env: { IGW_OPERATOR_WEBHOOK_URL: webhook.url, IGW_WEBHOOK_BACKOFF_MS: '20' },
  }));
  // Registered after the app's hooks, so it runs before the app stops (afterAll hooks run in
  // reverse): a delivery still hanging is let go first.
  afterAll(async () => {
    restartFailed.resolve();
    await webhook?.close();
  });

  it('a failing webhook is retried with backoff until it takes the report, and never holds up the restart', async () => {
    const failed = await seedFailedRestart(suite.testApp);
    // The restart has failed and the gateway can be read back while the first POST is still unanswered.
    expect(failed.progress.at(-1)?.phase).toBe('FAILED');
    expect(await gatewayState(failed.member, failed.internetGatewayId)).toMatchObject({ status: 'ERROR' });
    restartFailed.resolve();

    await webhook.until(() => webhook.answered.some((answer) => answer.status === 204));
    expect(webhook.answered.map((answer) => answer.status)).toEqual([500, 204]);
    const [first, second] = webhook.received.map(
      (delivery) => delivery.body as { id: string; restart: { id: string } },
    );
    expect(first?.restart.id).toBe(failed.restartId);
    expect(second?.id).toBe(first?.id);
  });
});

describe.each(providers)('simulated data-plane failures (%s)', (provider) => {
  const suite = useTestApp(provider, 'restart-chaos', { env: { IGW_SIMULATED_FAILURE_RATE: '1' } });

  it("with IGW_SIMULATED_FAILURE_RATE=1 every restart fails with the data plane's reason, progress never going back", async () => {
    const seeded = await seedRestartTarget(suite.testApp);
    for (let attempt = 1; attempt <= 2; attempt++) {
      const { result, progress } = await restartFollowed(seeded.member, seeded.internetGatewayId);
      expect(result.__typename).toBe('RestartInternetGatewaySuccess');
      await progress.finished;
      const events = phasesOf(progress.data);
      const failed = events.at(-1);
      expect(failed?.phase).toBe('FAILED');
      const reached = events.slice(0, -1);
      expect(reached.map((event) => event.phase)).toEqual(workingPhases.slice(0, reached.length));
      expect(failed?.progressPercent).toBe(reached.at(-1)?.progressPercent);
      expect(progress.data.at(-1)?.internetGatewayRestartProgress.restart.failureReason).toMatch(/data plane/);
      expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
        status: 'ERROR',
        statusIndicator: 'RED',
        restartRequired: true,
        latestRestart: { phase: 'FAILED' },
      });
    }
    const { restartFailureReports } = await suite.testApp.operator.execute(RestartFailureReports, {});
    expect(
      restartFailureReports.filter((report) => report.internetGateway.id === seeded.internetGatewayId),
    ).toHaveLength(2);
  });
});
