// Gateway servers and their maintenance, as operators run them and members see them: where new
// gateways go, what scheduling and cancelling a window does to the gateways on the server, and
// who may do it. Server state is installation-wide, so the tests of one describe run in order on
// their app and put back what they change; placement gets an installation of its own.
import { describe, expect, it, onTestFinished } from 'vitest';
import { encodeGlobalId } from '../../src/common/ids.js';
import { FilteredGatewayIds, GatewayStatusChanged } from '../support/documents/internet-gateway.js';
import {
  CancelGatewayServerMaintenance,
  CreateGatewayServer,
  GatewayServers,
  ScheduleGatewayServerMaintenance,
  SetGatewayServerState,
} from '../support/documents/maintenance.js';
import { AcknowledgeRestartFailureReport, RestartFailureReports } from '../support/documents/restart.js';
import { gatewayState } from '../support/gateway-api.js';
import {
  cancelMaintenance,
  gatewayServerOf,
  listGatewayServers,
  maintenanceWindow,
  recordLive,
  scheduleMaintenanceFor,
  setServerState,
} from '../support/maintenance-restart.js';
import { publicNetworkId, seedAttachedGateway, seedGateway, seedProject } from '../support/seed.js';
import { providers, useTestApp } from '../support/test-app.js';

/** A GatewayServer ID that is well-formed but names no server. */
const unknownServerId = encodeGlobalId('GatewayServer', '00000000-0000-4000-8000-000000000000');

let serverCounter = 0;
const uniqueServerName = () => `gw-test-${process.pid}-${++serverCounter}`;

describe.each(providers)('gateway servers and maintenance (%s)', (provider) => {
  const suite = useTestApp(provider, 'maintenance');

  it('a new installation has gateway servers gw-server-1..3, ACTIVE, that operators can list', async () => {
    const { gatewayServers } = await suite.testApp.operator.execute(GatewayServers);
    const seeded = gatewayServers.filter((server) => /^gw-server-\d$/.test(server.name));
    expect(seeded.map((server) => server.name)).toEqual(['gw-server-1', 'gw-server-2', 'gw-server-3']);
    for (const server of seeded) expect(server.state).toBe('ACTIVE');
  });

  it('operators add a gateway server, ACTIVE with no gateways and no maintenance', async () => {
    const name = uniqueServerName();
    const { createGatewayServer } = await suite.testApp.operator.execute(CreateGatewayServer, { name });
    expect(createGatewayServer).toMatchObject({
      __typename: 'CreateGatewayServerSuccess',
      gatewayServer: { name, state: 'ACTIVE', internetGatewayCount: 0, maintenance: null },
    });
    const { gatewayServers } = await suite.testApp.operator.execute(GatewayServers);
    expect(gatewayServers.map((server) => server.name)).toContain(name);
  });

  it('a gateway server name must be unique and not blank (ValidationError on input.name)', async () => {
    const name = uniqueServerName();
    await suite.testApp.operator.execute(CreateGatewayServer, { name });
    for (const badName of [name, '   ']) {
      const { createGatewayServer } = await suite.testApp.operator.execute(CreateGatewayServer, { name: badName });
      expect(createGatewayServer).toMatchObject({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        fieldErrors: [{ path: ['input', 'name'] }],
      });
    }
  });

  it('operators mark a gateway server DOWN and ACTIVE again', async () => {
    const { createGatewayServer } = await suite.testApp.operator.execute(CreateGatewayServer, {
      name: uniqueServerName(),
    });
    if (createGatewayServer.__typename !== 'CreateGatewayServerSuccess')
      throw new Error(JSON.stringify(createGatewayServer));
    const gatewayServerId = createGatewayServer.gatewayServer.id;
    onTestFinished(() => setServerState(suite.testApp.operator, gatewayServerId, 'ACTIVE'));

    const down = await suite.testApp.operator.execute(SetGatewayServerState, { gatewayServerId, state: 'DOWN' });
    expect(down.setGatewayServerState).toMatchObject({
      __typename: 'SetGatewayServerStateSuccess',
      gatewayServer: { state: 'DOWN' },
    });
    const listed = await listGatewayServers(suite.testApp.operator);
    expect(listed.find((server) => server.id === gatewayServerId)?.state).toBe('DOWN');

    const up = await suite.testApp.operator.execute(SetGatewayServerState, { gatewayServerId, state: 'ACTIVE' });
    expect(up.setGatewayServerState).toMatchObject({
      __typename: 'SetGatewayServerStateSuccess',
      gatewayServer: { state: 'ACTIVE' },
    });
  });

  it('an unknown gateway server is a NotFoundError for every server mutation', async () => {
    const state = await suite.testApp.operator.execute(SetGatewayServerState, {
      gatewayServerId: unknownServerId,
      state: 'DOWN',
    });
    expect(state.setGatewayServerState).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const scheduled = await suite.testApp.operator.execute(ScheduleGatewayServerMaintenance, {
      gatewayServerId: unknownServerId,
      ...maintenanceWindow,
    });
    expect(scheduled.scheduleGatewayServerMaintenance).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    const malformed = await suite.testApp.operator.execute(ScheduleGatewayServerMaintenance, {
      gatewayServerId: 'not-an-id',
      ...maintenanceWindow,
    });
    expect(malformed.scheduleGatewayServerMaintenance).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    const cancelled = await suite.testApp.operator.execute(CancelGatewayServerMaintenance, {
      gatewayServerId: unknownServerId,
    });
    expect(cancelled.cancelGatewayServerMaintenance).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('a maintenance window must start before it ends: ValidationError with the field path, nothing scheduled', async () => {
    const { createGatewayServer } = await suite.testApp.operator.execute(CreateGatewayServer, {
      name: uniqueServerName(),
    });
    if (createGatewayServer.__typename !== 'CreateGatewayServerSuccess')
      throw new Error(JSON.stringify(createGatewayServer));
    const gatewayServerId = createGatewayServer.gatewayServer.id;
    const { startsAt, endsAt } = maintenanceWindow;

    for (const window of [
      { startsAt: endsAt, endsAt: startsAt },
      { startsAt, endsAt: startsAt },
    ]) {
      const { scheduleGatewayServerMaintenance: result } = await suite.testApp.operator.execute(
        ScheduleGatewayServerMaintenance,
        {
          gatewayServerId,
          ...window,
        },
      );
      expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
      if (result.__typename !== 'ValidationError') throw new Error('unreachable');
      expect(result.fieldErrors.length).toBeGreaterThan(0);
      for (const fieldError of result.fieldErrors) {
        expect([
          ['input', 'startsAt'],
          ['input', 'endsAt'],
        ]).toContainEqual(fieldError.path);
      }
    }
    const { gatewayServers } = await suite.testApp.operator.execute(GatewayServers);
    expect(gatewayServers.find((server) => server.id === gatewayServerId)?.maintenance).toBeNull();
  });

  it('scheduling maintenance makes the gateways on the server restart targets with the window, and says so in a status event', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const server = await gatewayServerOf(suite.testApp.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      restartRequired: false,
      maintenance: null,
    });
    const events = await recordLive(seeded.member.webSocket(), GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => events.dispose());

    const { scheduleGatewayServerMaintenance } = await suite.testApp.operator.execute(
      ScheduleGatewayServerMaintenance,
      {
        gatewayServerId: server.id,
        ...maintenanceWindow,
      },
    );
    expect(scheduleGatewayServerMaintenance).toMatchObject({
      __typename: 'ScheduleGatewayServerMaintenanceSuccess',
      gatewayServer: { id: server.id, maintenance: maintenanceWindow },
    });

    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      restartRequired: true,
      maintenance: maintenanceWindow,
    });
    const [event] = await events.until((data) => data.length >= 1);
    expect(event?.internetGatewayStatusChanged).toEqual({
      internetGateway: {
        id: seeded.internetGatewayId,
        status: 'ACTIVE',
        statusIndicator: 'GREEN',
        restartRequired: true,
      },
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      previousStatus: 'ACTIVE',
      restartRequired: true,
      occurredAt: expect.any(String),
    });
    const { internetGateways } = await seeded.member.execute(FilteredGatewayIds, {
      filter: { restartRequired: true },
    });
    expect(internetGateways.edges.map((edge) => edge.node.id)).toEqual([seeded.internetGatewayId]);
  });

  it('cancelling maintenance lifts restartRequired and the window, and says so in a status event', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const server = await scheduleMaintenanceFor(suite.testApp.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    const events = await recordLive(seeded.member.webSocket(), GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => events.dispose());

    const { cancelGatewayServerMaintenance } = await suite.testApp.operator.execute(CancelGatewayServerMaintenance, {
      gatewayServerId: server.id,
    });
    expect(cancelGatewayServerMaintenance).toMatchObject({
      __typename: 'CancelGatewayServerMaintenanceSuccess',
      gatewayServer: { id: server.id, maintenance: null },
    });
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      restartRequired: false,
      maintenance: null,
    });
    const [event] = await events.until((data) => data.length >= 1);
    expect(event?.internetGatewayStatusChanged).toMatchObject({
      internetGateway: { id: seeded.internetGatewayId, restartRequired: false },
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      restartRequired: false,
    });
  });

  it('a window that has ended no longer makes the gateways on its server restart targets, and a status event says so', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const server = await gatewayServerOf(suite.testApp.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    const events = await recordLive(seeded.member.webSocket(), GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => events.dispose());

    const now = Date.now();
    const shortWindow = {
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 1_000).toISOString(),
      description: null,
    };
    const { scheduleGatewayServerMaintenance } = await suite.testApp.operator.execute(
      ScheduleGatewayServerMaintenance,
      {
        gatewayServerId: server.id,
        ...shortWindow,
      },
    );
    expect(scheduleGatewayServerMaintenance.__typename).toBe('ScheduleGatewayServerMaintenanceSuccess');

    const flips = (await events.until((data) => data.length >= 2)).map(
      (event) => event.internetGatewayStatusChanged.restartRequired,
    );
    expect(flips).toEqual([true, false]);
    expect(await gatewayState(seeded.member, seeded.internetGatewayId)).toMatchObject({
      status: 'ACTIVE',
      restartRequired: false,
      maintenance: null,
    });
    const { gatewayServers } = await suite.testApp.operator.execute(GatewayServers);
    expect(gatewayServers.find((candidate) => candidate.id === server.id)?.maintenance).toBeNull();
  });

  it('operators see the server hosting a gateway; members see null', async () => {
    const { member } = await seedProject(suite.testApp);
    const internetGatewayId = await seedGateway(member, await publicNetworkId(member));
    const asOperator = await gatewayState(suite.testApp.operator, internetGatewayId);
    expect(asOperator?.gatewayServer?.name).toEqual(expect.any(String));
    const asMember = await gatewayState(member, internetGatewayId);
    expect(asMember?.gatewayServer).toBeNull();
  });

  it('members calling operator-only mutations get a ForbiddenError and change nothing', async () => {
    const { member } = await seedProject(suite.testApp);
    const { id: gatewayServerId } = (await listGatewayServers(suite.testApp.operator))[0] ?? { id: unknownServerId };
    const name = uniqueServerName();

    const created = await member.execute(CreateGatewayServer, { name });
    expect(created.createGatewayServer).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const state = await member.execute(SetGatewayServerState, { gatewayServerId, state: 'DOWN' });
    expect(state.setGatewayServerState).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const scheduled = await member.execute(ScheduleGatewayServerMaintenance, { gatewayServerId, ...maintenanceWindow });
    expect(scheduled.scheduleGatewayServerMaintenance).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    const cancelled = await member.execute(CancelGatewayServerMaintenance, { gatewayServerId });
    expect(cancelled.cancelGatewayServerMaintenance).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const acknowledged = await member.execute(AcknowledgeRestartFailureReport, {
      id: encodeGlobalId('RestartFailureReport', 'nope'),
    });
    expect(acknowledged.acknowledgeRestartFailureReport).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });

    const servers = await listGatewayServers(suite.testApp.operator);
    expect(servers.map((server) => server.name)).not.toContain(name);
    expect(servers.find((server) => server.id === gatewayServerId)).toMatchObject({ state: 'ACTIVE' });
    const { gatewayServers } = await suite.testApp.operator.execute(GatewayServers);
    expect(gatewayServers.find((server) => server.id === gatewayServerId)?.maintenance).toBeNull();
  });

  it('operator-only queries answer members with a GraphQL error whose code is FORBIDDEN', async () => {
    const { member } = await seedProject(suite.testApp);
    for (const response of [await member.request(GatewayServers), await member.request(RestartFailureReports)]) {
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe.each(providers)('gateway placement (%s)', (provider) => {
  const suite = useTestApp(provider, 'placement');

  /** Creates `count` gateways in a new project and returns the names of the servers they went to, in order. */
  async function placeGateways(count: number): Promise<string[]> {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const names: string[] = [];
    for (let index = 0; index < count; index++) {
      const internetGatewayId = await seedGateway(member, externalNetworkId, `igw ${index}`);
      names.push((await gatewayServerOf(suite.testApp.operator, internetGatewayId)).name);
    }
    return names;
  }

  it('a new gateway goes to the least loaded ACTIVE server with no maintenance scheduled', async () => {
    const byName = new Map(
      (await listGatewayServers(suite.testApp.operator)).map((server) => [server.name, server.id]),
    );
    const serverId = (name: string) => byName.get(name) as string;

    // Three empty servers: three gateways spread over all of them.
    expect(new Set(await placeGateways(3))).toEqual(new Set(['gw-server-1', 'gw-server-2', 'gw-server-3']));

    // One DOWN, one under maintenance: the one left takes everything, however loaded it gets.
    await setServerState(suite.testApp.operator, serverId('gw-server-1'), 'DOWN');
    const { scheduleGatewayServerMaintenance } = await suite.testApp.operator.execute(
      ScheduleGatewayServerMaintenance,
      {
        gatewayServerId: serverId('gw-server-2'),
        ...maintenanceWindow,
      },
    );
    expect(scheduleGatewayServerMaintenance.__typename).toBe('ScheduleGatewayServerMaintenanceSuccess');
    expect(await placeGateways(2)).toEqual(['gw-server-3', 'gw-server-3']);

    // A new, empty server is the least loaded one.
    const { createGatewayServer } = await suite.testApp.operator.execute(CreateGatewayServer, { name: 'gw-server-4' });
    expect(createGatewayServer.__typename).toBe('CreateGatewayServerSuccess');
    expect(await placeGateways(1)).toEqual(['gw-server-4']);

    // Maintenance cancelled and the server back up: both take gateways again, the busiest none.
    await cancelMaintenance(suite.testApp.operator, serverId('gw-server-2'));
    await setServerState(suite.testApp.operator, serverId('gw-server-1'), 'ACTIVE');
    expect(new Set(await placeGateways(3))).toEqual(new Set(['gw-server-1', 'gw-server-2', 'gw-server-4']));

    const { gatewayServers } = await suite.testApp.operator.execute(GatewayServers);
    expect(Object.fromEntries(gatewayServers.map((server) => [server.name, server.internetGatewayCount]))).toEqual({
      'gw-server-1': 2,
      'gw-server-2': 2,
      'gw-server-3': 3,
      'gw-server-4': 2,
    });
  });
});
