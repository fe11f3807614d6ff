// Two copies of graphql in one process break its instanceof checks (a GraphQLError thrown by our
// code would not be recognised by yoga). vitest.config.ts aliases graphql so there is one.
import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { expect, it } from 'vitest';

it('gives our code and yoga the same graphql module', () => {
  expect(createGraphQLError('made by yoga')).toBeInstanceOf(GraphQLError);
});
