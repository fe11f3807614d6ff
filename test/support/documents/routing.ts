// The routing operations more than one test file sends: routing tables, routes, and which routing
// table a subnet uses. Each selects what every caller reads, the `Error` fields and the specific
// error fields.
import { graphql } from '../../../src/generated/graphql/index.js';

export const CreateRoutingTable = graphql(`
  mutation CreateRoutingTable($vpcId: ID!, $name: String!) {
    createRoutingTable(input: { vpcId: $vpcId, name: $name }) {
      __typename
      ... on CreateRoutingTableSuccess {
        routingTable {
          id
          name
          isDefault
          vpc { id }
          routes { id }
          internetGateway { id }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const DeleteRoutingTable = graphql(`
  mutation DeleteRoutingTable($id: ID!) {
    deleteRoutingTable(input: { id: $id }) {
      __typename
      ... on DeleteRoutingTableSuccess { deletedId }
      ... on Error { code message }
    }
  }
`);

export const CreateRoute = graphql(`
  mutation CreateRoute($routingTableId: ID!, $cidr: String!, $gatewayType: RouteGatewayType!, $gatewayId: ID!) {
    createRoute(input: { routingTableId: $routingTableId, cidr: $cidr, gatewayType: $gatewayType, gatewayId: $gatewayId }) {
      __typename
      ... on CreateRouteSuccess {
        route {
          id
          cidr
          gatewayType
          gatewayId
          gatewayName
          managed
          routingTable { id }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const DeleteRoute = graphql(`
  mutation DeleteRoute($id: ID!) {
    deleteRoute(input: { id: $id }) {
      __typename
      ... on DeleteRouteSuccess { deletedId }
      ... on Error { code message }
    }
  }
`);

export const SetSubnetRoutingTable = graphql(`
  mutation SetSubnetRoutingTable($subnetId: ID!, $routingTableId: ID!) {
    setSubnetRoutingTable(input: { subnetId: $subnetId, routingTableId: $routingTableId }) {
      __typename
      ... on SetSubnetRoutingTableSuccess {
        subnet {
          id
          routingTable { id }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
      ... on FloatingIpInUseError {
        floatingIps { id address }
      }
    }
  }
`);
