// Who may call the API at all, and what a token says about its caller. Every request without a
// valid `Authorization: Bearer <secret>` is refused with HTTP 401 and one UNAUTHENTICATED error,
// whatever it asks; secrets are stored only as hashes.

import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId, parseGlobalId } from '../../src/common/ids.js';
import { graphql } from '../../src/generated/graphql/index.js';
import { CreateInternetGateway, GatewayCount, GatewayStatusChanged } from '../support/documents/internet-gateway.js';
import { CreateVpc, VpcIds } from '../support/documents/network.js';
import { CreateApiToken, CreateProject } from '../support/documents/tenancy.js';
import type { GraphqlResponse } from '../support/graphql-client.js';
import { publicNetworkId, seedProject } from '../support/seed.js';
import { connected } from '../support/subscription.js';
import { operatorToken, providers, startTestApp, type TestApp, useTestApp } from '../support/test-app.js';

const Viewer = graphql(`
  query AuthViewer {
    viewer {
      role
      project {
        id
        name
      }
    }
  }
`);

const ApiTokenFields = graphql(`
  query AuthApiTokenFields {
    __type(name: "ApiToken") {
      fields {
        name
      }
    }
  }
`);

/** Posts `document` with exactly the headers given: the client helper only writes well-formed ones. */
async function post<T, V>(
  url: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
  headers: Record<string, string>,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
}

function expectUnauthenticated(response: GraphqlResponse<unknown>): void {
  expect(response.status).toBe(401);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

/** Every row of the token table, as stored, so that a test can look for a secret in it. */
async function storedTokenRows(testApp: TestApp): Promise<string> {
  return JSON.stringify(await testApp.database.client.apiToken.findMany());
}

function expectNotStored(rows: string, secret: string): void {
  expect(rows).not.toContain(secret);
  expect(rows).not.toContain(Buffer.from(secret).toString('base64'));
  expect(rows).not.toContain(Buffer.from(secret).toString('hex'));
}

describe.each(providers)('authentication (%s)', (provider) => {
  const suite = useTestApp(provider, 'authentication');

  const operations = [
    { what: 'the viewer query', run: (token: string | null) => suite.testApp.client(token).request(Viewer) },
    { what: 'the vpcs query', run: (token: string | null) => suite.testApp.client(token).request(VpcIds) },
    {
      what: 'the internetGateways query',
      run: (token: string | null) => suite.testApp.client(token).request(GatewayCount),
    },
    {
      what: 'an operator mutation (createProject)',
      run: (token: string | null) => suite.testApp.client(token).request(CreateProject, { name: 'unauthenticated' }),
    },
    {
      what: 'a member mutation (createVpc)',
      run: (token: string | null) =>
        suite.testApp.client(token).request(CreateVpc, { name: 'vpc', cidr: '10.0.0.0/16' }),
    },
  ];

  describe.each(operations)('$what', ({ run }) => {
    it('without a token is HTTP 401 with one UNAUTHENTICATED error', async () => {
      expectUnauthenticated(await run(null));
    });

    it('with a token no one was given is HTTP 401 with one UNAUTHENTICATED error', async () => {
      expectUnauthenticated(await run(`igw_${randomUUID()}`));
    });

    it('with a valid secret altered by one character is HTTP 401 with one UNAUTHENTICATED error', async () => {
      expectUnauthenticated(await run(`${operatorToken.slice(0, -1)}X`));
    });
  });

  it('an unauthenticated request makes no change: createProject without a token creates no project', async () => {
    const before = await suite.testApp.database.client.project.count();
    expectUnauthenticated(await suite.testApp.client(null).request(CreateProject, { name: 'sneaked in' }));
    expect(await suite.testApp.database.client.project.count()).toBe(before);
  });

  it.each([
    ['another scheme', `Basic ${Buffer.from(`operator:${operatorToken}`).toString('base64')}`],
    ['the secret without a scheme', operatorToken],
    ['a Token scheme', `Token ${operatorToken}`],
    ['Bearer with no secret', 'Bearer'],
    ['Bearer with only spaces', 'Bearer    '],
    ['Bearer with two words', `Bearer ${operatorToken} ${operatorToken}`],
    ['Bearer glued to the secret', `Bearer${operatorToken}`],
  ])('a malformed Authorization header (%s) is HTTP 401, even around a valid secret', async (_what, authorization) => {
    expectUnauthenticated(await post(suite.testApp.url, Viewer, {}, { authorization }));
    expectUnauthenticated(await post(suite.testApp.url, CreateProject, { name: 'malformed' }, { authorization }));
  });

  it('the Bearer scheme is case-insensitive, as HTTP auth schemes are', async () => {
    const response = await post(suite.testApp.url, Viewer, {}, { authorization: `bearer ${operatorToken}` });
    expect(response.status).toBe(200);
    expect(response.data?.viewer.role).toBe('OPERATOR');
  });

  it('a GET query without a token is HTTP 401 with one UNAUTHENTICATED error', async () => {
    const response = await fetch(`${suite.testApp.url}?query=${encodeURIComponent(print(Viewer))}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expectUnauthenticated({ status: response.status, ...((await response.json()) as object) });
  });

  it('an unauthenticated request is refused before its document is looked at, so the schema stays hidden', async () => {
    const response = await fetch(suite.testApp.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ vpc { id } }' }),
    });
    expectUnauthenticated({ status: response.status, ...((await response.json()) as object) });
  });

  it.each([
    ['no token', null],
    ['a bad token', 'igw_not-a-token'],
  ])('a WebSocket with %s is closed with 4403 Forbidden before any subscription runs', async (_what, token) => {
    const socket = suite.testApp.client(token).webSocket();
    try {
      const refused = connected(socket);
      const events: unknown[] = [];
      const unsubscribe = socket.subscribe(
        { query: print(GatewayStatusChanged) },
        { next: (event) => events.push(event), error: () => {}, complete: () => {} },
      );
      await expect(refused).rejects.toMatchObject({ code: 4403 });
      unsubscribe();
      expect(events).toEqual([]);
    } finally {
      await socket.dispose();
    }
  });

  it('viewer of the operator token is OPERATOR with no project', async () => {
    const { viewer } = await suite.testApp.operator.execute(Viewer);
    expect(viewer).toEqual({ role: 'OPERATOR', project: null });
  });

  it('viewer of a member token is MEMBER of its project', async () => {
    const { member, projectId } = await seedProject(suite.testApp, 'viewer project');
    const { viewer } = await member.execute(Viewer);
    expect(viewer).toEqual({ role: 'MEMBER', project: { id: projectId, name: 'viewer project' } });
  });

  it("a created member token's secret works at once, for its project only, and is stored only as a hash", async () => {
    const { projectId } = await seedProject(suite.testApp);
    const { createApiToken } = await suite.testApp.operator.execute(CreateApiToken, { name: 'ci pipeline', projectId });
    if (createApiToken.__typename !== 'CreateApiTokenSuccess') throw new Error(JSON.stringify(createApiToken));
    expect(createApiToken.apiToken).toMatchObject({ name: 'ci pipeline', role: 'MEMBER', project: { id: projectId } });

    const member = suite.testApp.client(createApiToken.secret);
    expect((await member.execute(Viewer)).viewer).toMatchObject({ role: 'MEMBER', project: { id: projectId } });
    expect((await member.execute(CreateVpc, { name: 'vpc', cidr: '10.0.0.0/16' })).createVpc.__typename).toBe(
      'CreateVpcSuccess',
    );

    const row = await suite.testApp.database.client.apiToken.findUniqueOrThrow({
      where: { id: parseGlobalId(createApiToken.apiToken.id)?.id ?? '' },
    });
    expect(row.secretHash).not.toBe(createApiToken.secret);
    expect(row.secretHash).not.toContain(createApiToken.secret);
    expectNotStored(await storedTokenRows(suite.testApp), createApiToken.secret);
  });

  it('every created token gets a secret of its own', async () => {
    const { projectId } = await seedProject(suite.testApp);
    const secrets = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const { createApiToken } = await suite.testApp.operator.execute(CreateApiToken, {
          name: `token ${n}`,
          projectId,
        });
        if (createApiToken.__typename !== 'CreateApiTokenSuccess') throw new Error(JSON.stringify(createApiToken));
        return createApiToken.secret;
      }),
    );
    expect(new Set(secrets).size).toBe(3);
  });

  it('a token exposes no secret or hash through the API: the secret is shown once, at creation', async () => {
    const { __type } = await suite.testApp.operator.execute(ApiTokenFields);
    const fields = __type?.fields?.map((field) => field.name.toLowerCase()) ?? [];
    expect(fields).toContain('name');
    expect(fields.filter((name) => name.includes('secret') || name.includes('hash'))).toEqual([]);
  });

  it('createApiToken without projectId makes an OPERATOR token that can run operator mutations', async () => {
    const { createApiToken } = await suite.testApp.operator.execute(CreateApiToken, { name: 'second operator' });
    if (createApiToken.__typename !== 'CreateApiTokenSuccess') throw new Error(JSON.stringify(createApiToken));
    expect(createApiToken.apiToken).toMatchObject({ role: 'OPERATOR', project: null });

    const operator = suite.testApp.client(createApiToken.secret);
    expect((await operator.execute(Viewer)).viewer).toEqual({ role: 'OPERATOR', project: null });
    const { createProject } = await operator.execute(CreateProject, { name: 'made by the second operator' });
    expect(createProject.__typename).toBe('CreateProjectSuccess');
    expectNotStored(await storedTokenRows(suite.testApp), createApiToken.secret);
  });

  it.each([
    ['an unknown project', () => encodeGlobalId('Project', randomUUID())],
    ['a malformed project ID', () => 'not-a-project'],
    ['an empty project ID (not an OPERATOR token: only an omitted projectId asks for one)', () => ''],
    ["another kind of object's ID", () => encodeGlobalId('Vpc', randomUUID())],
  ])('createApiToken for %s is NotFoundError and creates no token', async (_what, projectId) => {
    const before = await suite.testApp.database.client.apiToken.count();
    const { createApiToken } = await suite.testApp.operator.execute(CreateApiToken, {
      name: 'orphan',
      projectId: projectId(),
    });
    expect(createApiToken).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await suite.testApp.database.client.apiToken.count()).toBe(before);
  });

  it('createApiToken with an invalid name is ValidationError on ["input","name"] and creates no token', async () => {
    const { projectId } = await seedProject(suite.testApp);
    const before = await suite.testApp.database.client.apiToken.count();
    const { createApiToken } = await suite.testApp.operator.execute(CreateApiToken, { name: '  ', projectId });
    expect(createApiToken).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'name'] }] });
    expect(await suite.testApp.database.client.apiToken.count()).toBe(before);
  });

  describe('IGW_OPERATOR_TOKEN', () => {
    const configuredSecret = `configured-operator-${randomUUID()}`;
    let configured: TestApp;
    beforeAll(async () => {
      // Before the app that is configured with it starts, the secret is nobody's.
      expectUnauthenticated(await suite.testApp.client(configuredSecret).request(Viewer));
      configured = await startTestApp(suite.testDatabase, { env: { IGW_OPERATOR_TOKEN: configuredSecret } });
    });
    afterAll(async () => {
      await configured?.stop();
    });

    it('makes the configured secret an OPERATOR token', async () => {
      const operator = configured.client(configuredSecret);
      expect((await operator.execute(Viewer)).viewer).toEqual({ role: 'OPERATOR', project: null });
      const { createProject } = await operator.execute(CreateProject, { name: 'configured operator project' });
      expect(createProject.__typename).toBe('CreateProjectSuccess');
      const network = await publicNetworkId(operator);
      expect(
        (await operator.execute(CreateInternetGateway, { name: 'igw', externalNetworkId: network }))
          .createInternetGateway,
      ).toEqual({
        __typename: 'ForbiddenError',
        code: 'FORBIDDEN',
        message: expect.any(String),
      });
    });

    it('stores the configured secret only as a hash, in the database every instance shares', async () => {
      expectNotStored(await storedTokenRows(configured), configuredSecret);
      // The other app never saw the variable: it knows the token only from the database.
      expect((await suite.testApp.client(configuredSecret).execute(Viewer)).viewer.role).toBe('OPERATOR');
    });
  });
});
