// The restart operations more than one test file sends: restarting a gateway, following its
// progress, and the failure reports operators get.
import { graphql } from '../../../src/generated/graphql/index.js';

export const RestartInternetGateway = graphql(`
  mutation RestartInternetGateway($id: ID!) {
    restartInternetGateway(input: { id: $id }) {
      __typename
      ... on RestartInternetGatewaySuccess {
        internetGateway { id status statusIndicator restartRequired }
        restart { id phase progressPercent finishedAt failureReason }
      }
      ... on Error { code message }
    }
  }
`);

export const RestartProgress = graphql(`
  subscription RestartProgress($id: ID!) {
    internetGatewayRestartProgress(id: $id) {
      restart { id phase progressPercent failureReason }
      phase
      progressPercent
      message
      occurredAt
    }
  }
`);

export const RestartFailureReports = graphql(`
  query RestartFailureReports($unacknowledgedOnly: Boolean) {
    restartFailureReports(unacknowledgedOnly: $unacknowledgedOnly) {
      id
      reason
      reportedAt
      acknowledgedAt
      internetGateway { id }
      restart { id phase failureReason }
      project { id }
    }
  }
`);

export const AcknowledgeRestartFailureReport = graphql(`
  mutation AcknowledgeRestartFailureReport($id: ID!) {
    acknowledgeRestartFailureReport(input: { id: $id }) {
      __typename
      ... on AcknowledgeRestartFailureReportSuccess {
        report { id acknowledgedAt }
      }
      ... on Error { code message }
    }
  }
`);

export const RestartFailureReported = graphql(`
  subscription RestartFailureReported {
    restartFailureReported {
      id
      reason
      internetGateway { id status }
      restart { id phase }
    }
  }
`);
