// The network operations more than one test file sends: external networks, VPCs, subnets,
// instances and load balancers. Each selects what every caller reads, the `Error` fields and the
// field errors, so that a test can assert on any outcome with the one document.
import { graphql } from '../../../src/generated/graphql/index.js';

export const ExternalNetworks = graphql(`
  query ExternalNetworks {
    externalNetworks {
      id
      name
      cidr
      availableAddressCount
    }
  }
`);

export const CreateExternalNetwork = graphql(`
  mutation CreateExternalNetwork($name: String!, $cidr: String!) {
    createExternalNetwork(input: { name: $name, cidr: $cidr }) {
      __typename
      ... on CreateExternalNetworkSuccess {
        externalNetwork {
          id
          name
          cidr
          availableAddressCount
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const VpcIds = graphql(`
  query VpcIds {
    vpcs {
      id
    }
  }
`);

export const CreateVpc = graphql(`
  mutation CreateVpc($name: String!, $cidr: String!) {
    createVpc(input: { name: $name, cidr: $cidr }) {
      __typename
      ... on CreateVpcSuccess {
        vpc {
          id
          name
          cidr
          defaultRoutingTable { id }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const CreateSubnet = graphql(`
  mutation CreateSubnet($vpcId: ID!, $name: String!, $cidr: String!, $routingTableId: ID) {
    createSubnet(input: { vpcId: $vpcId, name: $name, cidr: $cidr, routingTableId: $routingTableId }) {
      __typename
      ... on CreateSubnetSuccess {
        subnet { id name cidr }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const CreateInstance = graphql(`
  mutation CreateInstance($subnetId: ID!, $name: String!) {
    createInstance(input: { subnetId: $subnetId, name: $name }) {
      __typename
      ... on CreateInstanceSuccess {
        instance { id name privateIp }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const DeleteInstance = graphql(`
  mutation DeleteInstance($id: ID!) {
    deleteInstance(input: { id: $id }) {
      __typename
      ... on DeleteInstanceSuccess { deletedId }
      ... on Error { code message }
    }
  }
`);

/** An instance's floating IP and how it reaches the internet. */
export const InstanceView = graphql(`
  query InstanceView($id: ID!) {
    node(id: $id) {
      ... on Instance {
        floatingIp { id address }
        internetAccess { status path reason }
      }
    }
  }
`);

export const CreateLoadBalancer = graphql(`
  mutation CreateLoadBalancer($subnetId: ID!, $name: String!) {
    createLoadBalancer(input: { subnetId: $subnetId, name: $name }) {
      __typename
      ... on CreateLoadBalancerSuccess {
        loadBalancer { id name privateIp }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);
