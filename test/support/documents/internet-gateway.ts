// The internet gateway operations more than one test file sends: the lifecycle mutations, the
// reads of a gateway and of the listing, and the status stream. Each mutation selects what every
// caller reads, the `Error` fields and the specific error fields.
import { graphql } from '../../../src/generated/graphql/index.js';

export const CreateInternetGateway = graphql(`
  mutation CreateInternetGateway($name: String!, $externalNetworkId: ID!) {
    createInternetGateway(input: { name: $name, externalNetworkId: $externalNetworkId }) {
      __typename
      ... on CreateInternetGatewaySuccess {
        internetGateway {
          id
          name
          status
          statusIndicator
          publicIp
          routingTable { id }
          externalNetwork { id }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const AttachInternetGateway = graphql(`
  mutation AttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {
    attachInternetGateway(input: { routingTableId: $routingTableId, internetGatewayId: $internetGatewayId }) {
      __typename
      ... on AttachInternetGatewaySuccess {
        internetGateway {
          id
          publicIp
          routingTable { id }
        }
        routingTable {
          id
          internetGateway { id }
          routes { cidr gatewayType gatewayId gatewayName managed }
        }
      }
      ... on Error { code message }
    }
  }
`);

export const DetachInternetGateway = graphql(`
  mutation DetachInternetGateway($routingTableId: ID!) {
    detachInternetGateway(input: { routingTableId: $routingTableId }) {
      __typename
      ... on DetachInternetGatewaySuccess {
        internetGateway {
          id
          publicIp
          routingTable { id }
        }
        routingTable {
          id
          internetGateway { id }
          routes { cidr gatewayType gatewayId gatewayName managed }
        }
      }
      ... on Error { code message }
      ... on FloatingIpInUseError {
        floatingIps { id address }
      }
    }
  }
`);

export const RenameInternetGateway = graphql(`
  mutation RenameInternetGateway($id: ID!, $name: String!) {
    renameInternetGateway(input: { id: $id, name: $name }) {
      __typename
      ... on RenameInternetGatewaySuccess {
        internetGateway { id name }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const DeleteInternetGateway = graphql(`
  mutation DeleteInternetGateway($id: ID!) {
    deleteInternetGateway(input: { id: $id }) {
      __typename
      ... on DeleteInternetGatewaySuccess { deletedId }
      ... on Error { code message }
      ... on FloatingIpInUseError {
        floatingIps { id address }
      }
    }
  }
`);

/** A gateway with everything the tests look at: its attachment, its server and its restarts. */
export const GatewayState = graphql(`
  query GatewayState($id: ID!) {
    internetGateway(id: $id) {
      id
      name
      status
      statusIndicator
      restartRequired
      publicIp
      externalNetwork { id }
      maintenance { startsAt endsAt description }
      routingTable {
        id
        routes { cidr gatewayType gatewayId gatewayName managed }
      }
      gatewayServer {
        id
        name
        state
        maintenance { startsAt }
      }
      latestRestart { id phase progressPercent startedAt finishedAt failureReason }
      restartImpact {
        affectedInstances { id }
        unaffectedInstances { id }
      }
    }
  }
`);

export const GatewayCount = graphql(`
  query GatewayCount {
    internetGateways {
      totalCount
    }
  }
`);

export const FilteredGatewayIds = graphql(`
  query FilteredGatewayIds($filter: InternetGatewayFilter) {
    internetGateways(first: 100, filter: $filter) {
      totalCount
      edges {
        node { id }
      }
    }
  }
`);

/** A page of gateways with their routing tables, routes and external networks: what a console lists. */
export const GatewayPage = graphql(`
  query GatewayPage($first: Int!) {
    internetGateways(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          status
          statusIndicator
          publicIp
          restartRequired
          externalNetwork { id name cidr availableAddressCount }
          routingTable {
            id
            name
            routes { id cidr gatewayType gatewayId gatewayName managed }
          }
        }
      }
    }
  }
`);

export const GatewayStatusChanged = graphql(`
  subscription GatewayStatusChanged($id: ID) {
    internetGatewayStatusChanged(id: $id) {
      internetGateway { id status statusIndicator restartRequired }
      status
      statusIndicator
      previousStatus
      restartRequired
      occurredAt
    }
  }
`);
