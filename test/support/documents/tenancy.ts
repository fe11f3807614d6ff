// The tenancy operations more than one test file sends: projects, API tokens, and looking an
// object up by its global ID.
import { graphql } from '../../../src/generated/graphql/index.js';

export const CreateProject = graphql(`
  mutation CreateProject($name: String!) {
    createProject(input: { name: $name }) {
      __typename
      ... on CreateProjectSuccess {
        project { id name }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

/** A MEMBER token of the project, or an OPERATOR token without one. */
export const CreateApiToken = graphql(`
  mutation CreateApiToken($name: String!, $projectId: ID) {
    createApiToken(input: { name: $name, projectId: $projectId }) {
      __typename
      ... on CreateApiTokenSuccess {
        secret
        apiToken {
          id
          name
          role
          project { id }
        }
      }
      ... on Error { code message }
      ... on ValidationError {
        fieldErrors { path message }
      }
    }
  }
`);

export const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);
