import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DomainError } from '../common/errors.js';

/**
 * Domain errors thrown where no result union catches them (a query such as `gatewayServers`, a
 * subscription) reach clients as GraphQL errors with `extensions.code` = the error code.
 * Everything else is masked as yoga always does: it is a bug, not something to show.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path, source: error.source, positions: error.positions } : {}),
      extensions: { code: original.code },
    });
  }
  return yogaMaskError(error, message, false);
}

export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
