// The floating IP operations more than one test file sends. Each selects what every caller reads
// (the target of an association with its own view of the floating IP), the `Error` fields and the
// field errors.
import { graphql } from '../../../src/generated/graphql/index.js';

export const CreateFloatingIp = graphql(`
  mutation CreateFloatingIp($externalNetworkId: ID!) {
    createFloatingIp(input: { externalNetworkId: $externalNetworkId }) {
      __typename
      ... on CreateFloatingIpSuccess {
        floatingIp {
          id
          address
          externalNetwork { id }
          attachedTo { __typename }
        }
      }
      ... on Error { code message }
    }
  }
`);

export const AssociateFloatingIp = graphql(`
  mutation AssociateFloatingIp($floatingIpId: ID!, $targetId: ID!) {
    associateFloatingIp(input: { floatingIpId: $floatingIpId, targetId: $targetId }) {
      __typename
      ... on AssociateFloatingIpSuccess {
        floatingIp {
          id
          attachedTo {
            __typename
            ... on Instance {
              id
              floatingIp { id }
            }
            ... on LoadBalancer {
              id
              floatingIp { id }
            }
          }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const DisassociateFloatingIp = graphql(`
  mutation DisassociateFloatingIp($floatingIpId: ID!) {
    disassociateFloatingIp(input: { floatingIpId: $floatingIpId }) {
      __typename
      ... on DisassociateFloatingIpSuccess {
        floatingIp {
          id
          attachedTo { __typename }
        }
      }
      ... on Error { code message }
    }
  }
`);

export const DeleteFloatingIp = graphql(`
  mutation DeleteFloatingIp($id: ID!) {
    deleteFloatingIp(input: { id: $id }) {
      __typename
      ... on DeleteFloatingIpSuccess { deletedId }
      ... on Error { code message }
    }
  }
`);
