// The operations on gateway servers and their maintenance that more than one test file sends.
// All but gatewayServerOf are for operators; members get ForbiddenError (or a FORBIDDEN error).
import { graphql } from '../../../src/generated/graphql/index.js';

export const GatewayServers = graphql(`
  query GatewayServers {
    gatewayServers {
      id
      name
      state
      internetGatewayCount
      maintenance { startsAt endsAt description }
    }
  }
`);

/** The server hosting a gateway: shown to operators, null for members. */
export const GatewayServerOf = graphql(`
  query GatewayServerOf($id: ID!) {
    internetGateway(id: $id) {
      gatewayServer { id name }
    }
  }
`);

export const CreateGatewayServer = graphql(`
  mutation CreateGatewayServer($name: String!) {
    createGatewayServer(input: { name: $name }) {
      __typename
      ... on CreateGatewayServerSuccess {
        gatewayServer {
          id
          name
          state
          internetGatewayCount
          maintenance { startsAt }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const SetGatewayServerState = graphql(`
  mutation SetGatewayServerState($gatewayServerId: ID!, $state: GatewayServerState!) {
    setGatewayServerState(input: { gatewayServerId: $gatewayServerId, state: $state }) {
      __typename
      ... on SetGatewayServerStateSuccess {
        gatewayServer { id state }
      }
      ... on Error { code message }
    }
  }
`);

export const ScheduleGatewayServerMaintenance = graphql(`
  mutation ScheduleGatewayServerMaintenance(
    $gatewayServerId: ID!
    $startsAt: DateTime!
    $endsAt: DateTime!
    $description: String
  ) {
    scheduleGatewayServerMaintenance(
      input: { gatewayServerId: $gatewayServerId, startsAt: $startsAt, endsAt: $endsAt, description: $description }
    ) {
      __typename
      ... on ScheduleGatewayServerMaintenanceSuccess {
        gatewayServer {
          id
          maintenance { startsAt endsAt description }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const CancelGatewayServerMaintenance = graphql(`
  mutation CancelGatewayServerMaintenance($gatewayServerId: ID!) {
    cancelGatewayServerMaintenance(input: { gatewayServerId: $gatewayServerId }) {
      __typename
      ... on CancelGatewayServerMaintenanceSuccess {
        gatewayServer {
          id
          maintenance { startsAt endsAt description }
        }
      }
      ... on Error { code message }
    }
  }
`);
