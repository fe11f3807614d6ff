/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SmokeGateway($id: ID!) {\n    internetGateway(id: $id) {\n      name\n      status\n      statusIndicator\n      publicIp\n      restartRequired\n      routingTable {\n        routes {\n          cidr\n          gatewayType\n          gatewayName\n          managed\n        }\n      }\n    }\n  }\n": typeof types.SmokeGatewayDocument,
    "\n  mutation SeedCreateProject($name: String!) {\n    createProject(input: { name: $name }) {\n      __typename\n      ... on CreateProjectSuccess {\n        project {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateProjectDocument,
    "\n  mutation SeedCreateMemberToken($projectId: ID!) {\n    createApiToken(input: { name: \"test member\", projectId: $projectId }) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        secret\n      }\n    }\n  }\n": typeof types.SeedCreateMemberTokenDocument,
    "\n  query SeedPublicNetwork {\n    externalNetworks {\n      id\n      name\n    }\n  }\n": typeof types.SeedPublicNetworkDocument,
    "\n  mutation SeedCreateVpc($name: String!, $cidr: String!) {\n    createVpc(input: { name: $name, cidr: $cidr }) {\n      __typename\n      ... on CreateVpcSuccess {\n        vpc {\n          id\n          defaultRoutingTable {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateVpcDocument,
    "\n  mutation SeedCreateSubnet($vpcId: ID!, $name: String!, $cidr: String!, $routingTableId: ID) {\n    createSubnet(input: { vpcId: $vpcId, name: $name, cidr: $cidr, routingTableId: $routingTableId }) {\n      __typename\n      ... on CreateSubnetSuccess {\n        subnet {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateSubnetDocument,
    "\n  mutation SeedCreateInstance($subnetId: ID!, $name: String!) {\n    createInstance(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateInstanceSuccess {\n        instance {\n          id\n          privateIp\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateInstanceDocument,
    "\n  mutation SeedCreateLoadBalancer($subnetId: ID!, $name: String!) {\n    createLoadBalancer(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateLoadBalancerSuccess {\n        loadBalancer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateLoadBalancerDocument,
    "\n  mutation SeedCreateInternetGateway($name: String!, $externalNetworkId: ID!) {\n    createInternetGateway(input: { name: $name, externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateInternetGatewaySuccess {\n        internetGateway {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateInternetGatewayDocument,
    "\n  mutation SeedAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(input: { routingTableId: $routingTableId, internetGatewayId: $internetGatewayId }) {\n      __typename\n      ... on AttachInternetGatewaySuccess {\n        internetGateway {\n          publicIp\n        }\n      }\n    }\n  }\n": typeof types.SeedAttachInternetGatewayDocument,
    "\n  mutation SeedCreateFloatingIp($externalNetworkId: ID!) {\n    createFloatingIp(input: { externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateFloatingIpSuccess {\n        floatingIp {\n          id\n          address\n        }\n      }\n    }\n  }\n": typeof types.SeedCreateFloatingIpDocument,
    "\n  mutation SeedAssociateFloatingIp($floatingIpId: ID!, $targetId: ID!) {\n    associateFloatingIp(input: { floatingIpId: $floatingIpId, targetId: $targetId }) {\n      __typename\n    }\n  }\n": typeof types.SeedAssociateFloatingIpDocument,
};
const documents: Documents = {
    "\n  query SmokeGateway($id: ID!) {\n    internetGateway(id: $id) {\n      name\n      status\n      statusIndicator\n      publicIp\n      restartRequired\n      routingTable {\n        routes {\n          cidr\n          gatewayType\n          gatewayName\n          managed\n        }\n      }\n    }\n  }\n": types.SmokeGatewayDocument,
    "\n  mutation SeedCreateProject($name: String!) {\n    createProject(input: { name: $name }) {\n      __typename\n      ... on CreateProjectSuccess {\n        project {\n          id\n        }\n      }\n    }\n  }\n": types.SeedCreateProjectDocument,
    "\n  mutation SeedCreateMemberToken($projectId: ID!) {\n    createApiToken(input: { name: \"test member\", projectId: $projectId }) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        secret\n      }\n    }\n  }\n": types.SeedCreateMemberTokenDocument,
    "\n  query SeedPublicNetwork {\n    externalNetworks {\n      id\n      name\n    }\n  }\n": types.SeedPublicNetworkDocument,
    "\n  mutation SeedCreateVpc($name: String!, $cidr: String!) {\n    createVpc(input: { name: $name, cidr: $cidr }) {\n      __typename\n      ... on CreateVpcSuccess {\n        vpc {\n          id\n          defaultRoutingTable {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SeedCreateVpcDocument,
    "\n  mutation SeedCreateSubnet($vpcId: ID!, $name: String!, $cidr: String!, $routingTableId: ID) {\n    createSubnet(input: { vpcId: $vpcId, name: $name, cidr: $cidr, routingTableId: $routingTableId }) {\n      __typename\n      ... on CreateSubnetSuccess {\n        subnet {\n          id\n        }\n      }\n    }\n  }\n": types.SeedCreateSubnetDocument,
    "\n  mutation SeedCreateInstance($subnetId: ID!, $name: String!) {\n    createInstance(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateInstanceSuccess {\n        instance {\n          id\n          privateIp\n        }\n      }\n    }\n  }\n": types.SeedCreateInstanceDocument,
    "\n  mutation SeedCreateLoadBalancer($subnetId: ID!, $name: String!) {\n    createLoadBalancer(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateLoadBalancerSuccess {\n        loadBalancer {\n          id\n        }\n      }\n    }\n  }\n": types.SeedCreateLoadBalancerDocument,
    "\n  mutation SeedCreateInternetGateway($name: String!, $externalNetworkId: ID!) {\n    createInternetGateway(input: { name: $name, externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateInternetGatewaySuccess {\n        internetGateway {\n          id\n        }\n      }\n    }\n  }\n": types.SeedCreateInternetGatewayDocument,
    "\n  mutation SeedAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(input: { routingTableId: $routingTableId, internetGatewayId: $internetGatewayId }) {\n      __typename\n      ... on AttachInternetGatewaySuccess {\n        internetGateway {\n          publicIp\n        }\n      }\n    }\n  }\n": types.SeedAttachInternetGatewayDocument,
    "\n  mutation SeedCreateFloatingIp($externalNetworkId: ID!) {\n    createFloatingIp(input: { externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateFloatingIpSuccess {\n        floatingIp {\n          id\n          address\n        }\n      }\n    }\n  }\n": types.SeedCreateFloatingIpDocument,
    "\n  mutation SeedAssociateFloatingIp($floatingIpId: ID!, $targetId: ID!) {\n    associateFloatingIp(input: { floatingIpId: $floatingIpId, targetId: $targetId }) {\n      __typename\n    }\n  }\n": types.SeedAssociateFloatingIpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeGateway($id: ID!) {\n    internetGateway(id: $id) {\n      name\n      status\n      statusIndicator\n      publicIp\n      restartRequired\n      routingTable {\n        routes {\n          cidr\n          gatewayType\n          gatewayName\n          managed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmokeGateway($id: ID!) {\n    internetGateway(id: $id) {\n      name\n      status\n      statusIndicator\n      publicIp\n      restartRequired\n      routingTable {\n        routes {\n          cidr\n          gatewayType\n          gatewayName\n          managed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateProject($name: String!) {\n    createProject(input: { name: $name }) {\n      __typename\n      ... on CreateProjectSuccess {\n        project {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateProject($name: String!) {\n    createProject(input: { name: $name }) {\n      __typename\n      ... on CreateProjectSuccess {\n        project {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateMemberToken($projectId: ID!) {\n    createApiToken(input: { name: \"test member\", projectId: $projectId }) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        secret\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateMemberToken($projectId: ID!) {\n    createApiToken(input: { name: \"test member\", projectId: $projectId }) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        secret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPublicNetwork {\n    externalNetworks {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SeedPublicNetwork {\n    externalNetworks {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateVpc($name: String!, $cidr: String!) {\n    createVpc(input: { name: $name, cidr: $cidr }) {\n      __typename\n      ... on CreateVpcSuccess {\n        vpc {\n          id\n          defaultRoutingTable {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateVpc($name: String!, $cidr: String!) {\n    createVpc(input: { name: $name, cidr: $cidr }) {\n      __typename\n      ... on CreateVpcSuccess {\n        vpc {\n          id\n          defaultRoutingTable {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateSubnet($vpcId: ID!, $name: String!, $cidr: String!, $routingTableId: ID) {\n    createSubnet(input: { vpcId: $vpcId, name: $name, cidr: $cidr, routingTableId: $routingTableId }) {\n      __typename\n      ... on CreateSubnetSuccess {\n        subnet {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateSubnet($vpcId: ID!, $name: String!, $cidr: String!, $routingTableId: ID) {\n    createSubnet(input: { vpcId: $vpcId, name: $name, cidr: $cidr, routingTableId: $routingTableId }) {\n      __typename\n      ... on CreateSubnetSuccess {\n        subnet {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateInstance($subnetId: ID!, $name: String!) {\n    createInstance(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateInstanceSuccess {\n        instance {\n          id\n          privateIp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateInstance($subnetId: ID!, $name: String!) {\n    createInstance(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateInstanceSuccess {\n        instance {\n          id\n          privateIp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateLoadBalancer($subnetId: ID!, $name: String!) {\n    createLoadBalancer(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateLoadBalancerSuccess {\n        loadBalancer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateLoadBalancer($subnetId: ID!, $name: String!) {\n    createLoadBalancer(input: { subnetId: $subnetId, name: $name }) {\n      __typename\n      ... on CreateLoadBalancerSuccess {\n        loadBalancer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateInternetGateway($name: String!, $externalNetworkId: ID!) {\n    createInternetGateway(input: { name: $name, externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateInternetGatewaySuccess {\n        internetGateway {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateInternetGateway($name: String!, $externalNetworkId: ID!) {\n    createInternetGateway(input: { name: $name, externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateInternetGatewaySuccess {\n        internetGateway {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(input: { routingTableId: $routingTableId, internetGatewayId: $internetGatewayId }) {\n      __typename\n      ... on AttachInternetGatewaySuccess {\n        internetGateway {\n          publicIp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(input: { routingTableId: $routingTableId, internetGatewayId: $internetGatewayId }) {\n      __typename\n      ... on AttachInternetGatewaySuccess {\n        internetGateway {\n          publicIp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedCreateFloatingIp($externalNetworkId: ID!) {\n    createFloatingIp(input: { externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateFloatingIpSuccess {\n        floatingIp {\n          id\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeedCreateFloatingIp($externalNetworkId: ID!) {\n    createFloatingIp(input: { externalNetworkId: $externalNetworkId }) {\n      __typename\n      ... on CreateFloatingIpSuccess {\n        floatingIp {\n          id\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedAssociateFloatingIp($floatingIpId: ID!, $targetId: ID!) {\n    associateFloatingIp(input: { floatingIpId: $floatingIpId, targetId: $targetId }) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SeedAssociateFloatingIp($floatingIpId: ID!, $targetId: ID!) {\n    associateFloatingIp(input: { floatingIpId: $floatingIpId, targetId: $targetId }) {\n      __typename\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;