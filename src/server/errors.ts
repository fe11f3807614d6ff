import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { DomainError } from '../common/errors.js';

/**
 * Domain errors thrown where no result union catches them (a query such as `gatewayServers`, a
 * subscription) reach clients as GraphQL errors with `extensions.code` = the error code; they are
 * expected, so they pass unchanged, which also keeps yoga from logging them as failures.
 * Everything else goes through yoga's masking: GraphQL errors raised on purpose (UNAUTHENTICATED,
 * validation) as they are, any other exception as "Unexpected error.", since it is a bug.
 */
export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) return error;
  if (error instanceof DomainError) return new GraphQLError(error.message, { extensions: error.extensions });
  return yogaMaskError(error, message, false);
}

export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
