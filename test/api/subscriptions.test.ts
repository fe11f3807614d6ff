// Subscriptions as clients use them: authentication in connection_init, who sees which events,
// events that only go out after their change is committed, and the same streams over SSE.

import { print } from 'graphql';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CloseEvent } from 'ws';
import { SimulatedDataPlane } from '../../src/modules/restart/data-plane.js';
import { phaseRank } from '../../src/modules/restart/phases.js';
import { GatewayStatusChanged } from '../support/documents/internet-gateway.js';
import { RestartFailureReported, RestartInternetGateway, RestartProgress } from '../support/documents/restart.js';
import type { ApiClient } from '../support/graphql-client.js';
import {
  cancelMaintenance,
  HeldDataPlane,
  recordLive,
  scheduleMaintenanceFor,
} from '../support/maintenance-restart.js';
import { publicNetworkId, seedAttachedGateway, seedGateway, seedProject } from '../support/seed.js';
import { connected, record, type SubscriptionRecorder } from '../support/subscription.js';
import { providers, useTestApp } from '../support/test-app.js';

/** How the server closed a socket that never got to subscribe. */
async function closeCodeOf(client: ApiClient): Promise<number> {
  const socket = client.webSocket();
  const outcome = connected(socket);
  const recorder = record(socket, RestartFailureReported);
  onTestFinished(() => recorder.dispose());
  try {
    await outcome;
  } catch (event) {
    return (event as CloseEvent).code;
  }
  throw new Error('the server accepted the connection');
}

/** The GraphQL errors a subscription ended with, whether sent as a result or as an error message. */
async function errorsOf<T>(
  recorder: SubscriptionRecorder<T>,
): Promise<{ message: string; extensions?: { code?: string } }[]> {
  try {
    await recorder.finished;
  } catch (error) {
    return JSON.parse((error as Error).message);
  }
  const errors = recorder.results.flatMap((result) => result.errors ?? []);
  if (errors.length === 0)
    throw new Error(`the subscription ended without an error: ${JSON.stringify(recorder.results)}`);
  return errors as { message: string; extensions?: { code?: string } }[];
}

/** A subscription over SSE (POST, accept: text/event-stream): yields each `next` payload until `complete`. */
async function* serverSentEvents(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
  signal: AbortSignal,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  if (!response.ok || !response.body)
    throw new Error(`SSE request answered ${response.status}: ${await response.text()}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let buffered = '';
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return;
    buffered += decoder.decode(chunk.value, { stream: true });
    let boundary = buffered.indexOf('\n\n');
    while (boundary >= 0) {
      const message = buffered.slice(0, boundary);
      buffered = buffered.slice(boundary + 2);
      boundary = buffered.indexOf('\n\n');
      const lines = message.split('\n');
      const event = lines
        .find((line) => line.startsWith('event:'))
        ?.slice('event:'.length)
        .trim();
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).trim())
        .join('\n');
      if (event === 'complete') return;
      if (event === 'next') yield JSON.parse(data) as { data?: unknown; errors?: unknown[] };
    }
  }
}

describe.each(providers)('subscriptions (%s)', (provider) => {
  const dataPlane = new HeldDataPlane(new SimulatedDataPlane({ phaseMs: 40, failureRate: 0 }));
  const suite = useTestApp(provider, 'subscriptions', { dataPlane });

  it('connection_init without a token closes the socket with 4403 Forbidden', async () => {
    expect(await closeCodeOf(suite.testApp.client(null))).toBe(4403);
  });

  it('connection_init with a bad token closes the socket with 4403 Forbidden', async () => {
    expect(await closeCodeOf(suite.testApp.client('igw_not-a-real-token'))).toBe(4403);
  });

  it("a member subscribing to another project's gateway by ID gets a NOT_FOUND error, not silence", async () => {
    const owner = await seedAttachedGateway(suite.testApp);
    const stranger = await seedProject(suite.testApp);
    const recorders: SubscriptionRecorder<unknown>[] = [
      record(stranger.member.webSocket(), GatewayStatusChanged, { id: owner.internetGatewayId }),
      record(stranger.member.webSocket(), RestartProgress, { id: owner.internetGatewayId }),
    ];
    for (const recorder of recorders) {
      onTestFinished(() => recorder.dispose());
      const errors = await errorsOf(recorder);
      expect(errors.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(recorder.data).toEqual([]);
    }
  });

  it('restartFailureReported answers a member with an error whose code is FORBIDDEN', async () => {
    const { member } = await seedProject(suite.testApp);
    const recorder = record(member.webSocket(), RestartFailureReported);
    onTestFinished(() => recorder.dispose());
    const errors = await errorsOf(recorder);
    expect(errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("without an ID, a member's status stream carries only its own project's gateways while an operator's carries every project's", async () => {
    const first = await seedAttachedGateway(suite.testApp);
    const { member: secondMember } = await seedProject(suite.testApp);
    const secondGateway = await seedGateway(secondMember, await publicNetworkId(secondMember));
    const firstEvents = await recordLive(first.member.webSocket(), GatewayStatusChanged, {});
    const secondEvents = await recordLive(secondMember.webSocket(), GatewayStatusChanged, {});
    const operatorEvents = await recordLive(suite.testApp.operator.webSocket(), GatewayStatusChanged, {});
    for (const recorder of [firstEvents, secondEvents, operatorEvents]) onTestFinished(() => recorder.dispose());

    const firstServer = await scheduleMaintenanceFor(suite.testApp.operator, first.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, firstServer.id));
    const secondServer = await scheduleMaintenanceFor(suite.testApp.operator, secondGateway);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, secondServer.id));
    // Last, an event of the first project's: once its member has it, anything before it has arrived too.
    await cancelMaintenance(suite.testApp.operator, firstServer.id);

    const gatewaysIn = (events: { internetGatewayStatusChanged: { internetGateway: { id: string } } }[]) =>
      new Set(events.map((event) => event.internetGatewayStatusChanged.internetGateway.id));
    const restartRequiredOf = (
      events: { internetGatewayStatusChanged: { internetGateway: { id: string }; restartRequired: boolean } }[],
      id: string,
    ) =>
      events
        .filter((event) => event.internetGatewayStatusChanged.internetGateway.id === id)
        .map((event) => event.internetGatewayStatusChanged.restartRequired);

    await firstEvents.until((events) => restartRequiredOf(events, first.internetGatewayId).join() === 'true,false');
    await secondEvents.until((events) => restartRequiredOf(events, secondGateway).includes(true));
    await operatorEvents.until(
      (events) =>
        restartRequiredOf(events, first.internetGatewayId).join() === 'true,false' &&
        restartRequiredOf(events, secondGateway).includes(true),
    );
    expect(gatewaysIn(firstEvents.data)).toEqual(new Set([first.internetGatewayId]));
    expect(gatewaysIn(secondEvents.data)).toEqual(new Set([secondGateway]));
    expect([...gatewaysIn(operatorEvents.data)]).toEqual(
      expect.arrayContaining([first.internetGatewayId, secondGateway]),
    );
  });

  it('events go out only after their change is committed: the gateway and restart read back in each event already show it', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const status = await recordLive(seeded.member.webSocket(), GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => status.dispose());
    const server = await scheduleMaintenanceFor(suite.testApp.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    await status.until((events) => events.length >= 1);

    // Held in DRAINING, so that what the events read back cannot have moved on since.
    const hold = dataPlane.hold(seeded.internetGatewayId);
    onTestFinished(() => hold.release());
    const progress = await recordLive(seeded.member.webSocket(), RestartProgress, { id: seeded.internetGatewayId });
    onTestFinished(() => progress.dispose());
    await seeded.member.execute(RestartInternetGateway, { id: seeded.internetGatewayId });
    await status.until((events) => events.length >= 2);
    await progress.until((events) => events.some((event) => event.internetGatewayRestartProgress.phase === 'DRAINING'));
    const during = status.data.map((event) => event.internetGatewayStatusChanged);
    expect(during.map((event) => [event.status, event.restartRequired])).toEqual([
      ['ACTIVE', true],
      ['RESTARTING', true],
    ]);
    for (const event of during) {
      expect(event.internetGateway).toMatchObject({
        status: event.status,
        statusIndicator: event.statusIndicator,
        restartRequired: event.restartRequired,
      });
    }
    for (const { internetGatewayRestartProgress: event } of progress.data) {
      expect(phaseRank(event.restart.phase)).toBeGreaterThanOrEqual(phaseRank(event.phase as never));
      expect(event.restart.progressPercent).toBeGreaterThanOrEqual(event.progressPercent);
    }

    hold.release();
    await progress.finished;
    const [last] = (await status.until((events) => events.length >= 3)).slice(2);
    expect(last?.internetGatewayStatusChanged).toMatchObject({
      status: 'ACTIVE',
      restartRequired: false,
      internetGateway: { status: 'ACTIVE', statusIndicator: 'GREEN', restartRequired: false },
    });
    const completed = progress.data.at(-1)?.internetGatewayRestartProgress;
    expect(completed).toMatchObject({ phase: 'COMPLETED', restart: { phase: 'COMPLETED', progressPercent: 100 } });
  });

  it('subscriptions work over SSE too: a bearer token and accept: text/event-stream stream the restart to completion', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
    const server = await scheduleMaintenanceFor(suite.testApp.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(suite.testApp.operator, server.id));
    const abort = new AbortController();
    onTestFinished(() => abort.abort());

    const hold = dataPlane.hold(seeded.internetGatewayId);
    onTestFinished(() => hold.release());
    await seeded.member.execute(RestartInternetGateway, { id: seeded.internetGatewayId });
    const stream = serverSentEvents(
      suite.testApp.url,
      seeded.token,
      print(RestartProgress),
      { id: seeded.internetGatewayId },
      abort.signal,
    );
    const first = await stream.next();
    hold.release();
    const payloads = [first.value];
    for await (const payload of stream) payloads.push(payload);

    const phases = payloads.map(
      (payload) =>
        (payload?.data as { internetGatewayRestartProgress: { phase: string } } | undefined)
          ?.internetGatewayRestartProgress.phase,
    );
    // Joined mid-restart (held by DRAINING at the latest): the current phase first, then the rest, then `complete`.
    const phaseOrder = ['QUEUED', 'DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING', 'COMPLETED'];
    expect(['QUEUED', 'DRAINING']).toContain(phases[0]);
    expect(phases).toEqual(phaseOrder.slice(phaseOrder.indexOf(phases[0] as string)));
    expect(payloads.every((payload) => payload?.errors === undefined)).toBe(true);
  });

  it('SSE subscriptions need a token like every request: none is a 401 UNAUTHENTICATED', async () => {
    const response = await fetch(suite.testApp.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(RestartFailureReported) }),
    });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body).toContain('UNAUTHENTICATED');
  });
});
