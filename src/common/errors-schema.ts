// GraphQL types of the domain errors, and the options that make a mutation's result union
// carry the contract's names (CreateVpcResult = CreateVpcSuccess | ValidationError | ...).
import { builder } from '../builder.js';
import {
  ConflictError,
  type DomainError,
  errorCodes,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from './errors.js';

const errorCodeDescriptions: Record<(typeof errorCodes)[number], string> = {
  NOT_FOUND: "The object does not exist, or is not visible to the caller's project.",
  VALIDATION_FAILED: 'An input failed validation (name, CIDR, window...).',
  FORBIDDEN: 'The caller lacks the role this operation needs.',
  ALREADY_ATTACHED: 'The internet gateway is attached to a routing table, or the routing table already has one.',
  NOT_ATTACHED: 'The routing table has no internet gateway to detach.',
  FLOATING_IP_IN_USE: 'Instances or load balancers behind the routing table still hold floating IPs.',
  GATEWAY_BUSY: 'The internet gateway is restarting and cannot be operated until the restart ends.',
  RESTART_NOT_REQUIRED: 'The internet gateway is not a maintenance target, so there is nothing to restart.',
  ROUTE_MANAGED: 'The route is managed by an internet gateway attachment and can only go with a detach.',
  ROUTE_CONFLICT: 'A route for the same destination CIDR already exists in the routing table.',
  ADDRESS_POOL_EXHAUSTED: 'The external network has no free public address left.',
  EXTERNAL_NETWORK_UNREACHABLE:
    "The target's subnet is not routed to an internet gateway on the floating IP's external network.",
  IN_USE: 'The object is still used by others (a VPC with subnets, a routing table with subnets...).',
  QUOTA_EXCEEDED: "The project's quota for this kind of object is used up.",
};

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  values: Object.fromEntries(errorCodes.map((code) => [code, { description: errorCodeDescriptions[code] }])),
});

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'Every domain error a mutation can return implements this interface.',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, description: 'What kind of error this is.', resolve: (error) => error.code }),
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object does not exist, or is not visible to the caller.',
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The caller lacks the role this operation needs.',
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'A state conflict: ALREADY_ATTACHED, NOT_ATTACHED, GATEWAY_BUSY, RESTART_NOT_REQUIRED, ROUTE_MANAGED, ROUTE_CONFLICT, ADDRESS_POOL_EXHAUSTED, EXTERNAL_NETWORK_UNREACHABLE, IN_USE, QUOTA_EXCEEDED.',
  interfaces: [ErrorInterface],
});

const FieldErrorType = builder.objectRef<FieldError>('FieldError').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the input field, e.g. ["input", "cidr"].' }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'One or more inputs failed validation; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorType],
      description: 'Every invalid field, with its path.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

// biome-ignore lint/suspicious/noExplicitAny: the errors plugin takes any error constructor.
type DomainErrorClass = new (...args: any[]) => DomainError;

/**
 * The errors-plugin options for a mutation `verbNoun` whose result union is `VerbNounResult`
 * and whose success type `VerbNounSuccess` holds the returned object in `dataField`.
 */
export function mutationResult(mutationTypeName: string, dataField: string, types: DomainErrorClass[]) {
  return {
    types,
    union: {
      name: `${mutationTypeName}Result`,
      description: `What ${lowerFirst(mutationTypeName)} returns: the success, or why nothing changed.`,
    },
    result: { name: `${mutationTypeName}Success`, description: `${mutationTypeName} succeeded.` },
    dataField: {
      name: dataField,
      description: dataField === 'deletedId' ? 'The ID of the deleted object.' : `The ${dataField}, as it is now.`,
    },
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Options for a mutation whose success type is defined by hand (it carries several objects). */
export function directMutationResult(mutationTypeName: string, types: DomainErrorClass[]) {
  return {
    types,
    union: {
      name: `${mutationTypeName}Result`,
      description: `What ${lowerFirst(mutationTypeName)} returns: the success, or why nothing changed.`,
    },
    directResult: true as const,
  };
}
