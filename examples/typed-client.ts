// A typed TypeScript client for igw, built on the documents codegen generates from the printed
// schema: every variable and result below is checked by the compiler.
//
//   npx tsx examples/typed-client.ts http://127.0.0.1:4000/graphql <member token>
//
// It creates an internet gateway, attaches it to the default routing table of a new VPC, prints
// it, then detaches and deletes it again.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../src/generated/graphql/index.js';

export const ExternalNetworksDocument = graphql(`
  query ExampleExternalNetworks {
    externalNetworks {
      id
      name
      availableAddressCount
    }
  }
`);

export const CreateVpcDocument = graphql(`
  mutation ExampleCreateVpc($input: CreateVpcInput!) {
    createVpc(input: $input) {
      __typename
      ... on CreateVpcSuccess {
        vpc {
          id
          defaultRoutingTable {
            id
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const CreateInternetGatewayDocument = graphql(`
  mutation ExampleCreateInternetGateway($input: CreateInternetGatewayInput!) {
    createInternetGateway(input: $input) {
      __typename
      ... on CreateInternetGatewaySuccess {
        internetGateway {
          id
          name
          status
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AttachInternetGatewayDocument = graphql(`
  mutation ExampleAttachInternetGateway($input: AttachInternetGatewayInput!) {
    attachInternetGateway(input: $input) {
      __typename
      ... on AttachInternetGatewaySuccess {
        internetGateway {
          id
          publicIp
          statusIndicator
        }
        routingTable {
          routes {
            cidr
            gatewayType
            gatewayName
            managed
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DetachInternetGatewayDocument = graphql(`
  mutation ExampleDetachInternetGateway($input: DetachInternetGatewayInput!) {
    detachInternetGateway(input: $input) {
      __typename
      ... on FloatingIpInUseError {
        floatingIps {
          address
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DeleteInternetGatewayDocument = graphql(`
  mutation ExampleDeleteInternetGateway($input: DeleteInternetGatewayInput!) {
    deleteInternetGateway(input: $input) {
      __typename
      ... on DeleteInternetGatewaySuccess {
        deletedId
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/** Queries and mutations over HTTP with one bearer token. */
export class IgwClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async run<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
    if (!body.data) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
    return body.data;
  }
}

/** Creates a VPC and a gateway, attaches it, and returns what the console would show. */
export async function createAttachedGateway(client: IgwClient, name: string) {
  const { externalNetworks } = await client.run(ExternalNetworksDocument, {});
  const publicNetwork = externalNetworks.find((network) => network.name === 'Public Network');
  if (!publicNetwork) throw new Error('no "Public Network" external network');

  const { createVpc } = await client.run(CreateVpcDocument, { input: { name: `${name}-vpc`, cidr: '10.20.0.0/16' } });
  if (createVpc.__typename !== 'CreateVpcSuccess') throw new Error(`createVpc: ${JSON.stringify(createVpc)}`);

  const { createInternetGateway } = await client.run(CreateInternetGatewayDocument, {
    input: { name, externalNetworkId: publicNetwork.id },
  });
  if (createInternetGateway.__typename !== 'CreateInternetGatewaySuccess') {
    throw new Error(`createInternetGateway: ${JSON.stringify(createInternetGateway)}`);
  }

  const routingTableId = createVpc.vpc.defaultRoutingTable.id;
  const { attachInternetGateway } = await client.run(AttachInternetGatewayDocument, {
    input: { routingTableId, internetGatewayId: createInternetGateway.internetGateway.id },
  });
  if (attachInternetGateway.__typename !== 'AttachInternetGatewaySuccess') {
    throw new Error(`attachInternetGateway: ${JSON.stringify(attachInternetGateway)}`);
  }
  return { routingTableId, ...attachInternetGateway };
}

async function main(url: string | undefined, token: string | undefined): Promise<void> {
  if (!url || !token) {
    process.stderr.write('usage: npx tsx examples/typed-client.ts <graphql url> <member token>\n');
    process.exit(2);
  }
  const client = new IgwClient(url, token);
  try {
    const attached = await createAttachedGateway(client, 'example-igw');
    process.stdout.write(`attached: ${JSON.stringify(attached, null, 2)}\n`);
    const { detachInternetGateway } = await client.run(DetachInternetGatewayDocument, {
      input: { routingTableId: attached.routingTableId },
    });
    process.stdout.write(`detach: ${detachInternetGateway.__typename}\n`);
    const { deleteInternetGateway } = await client.run(DeleteInternetGatewayDocument, {
      input: { id: attached.internetGateway.id },
    });
    process.stdout.write(`delete: ${deleteInternetGateway.__typename}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] === import.meta.filename) await main(process.argv[2], process.argv[3]);
