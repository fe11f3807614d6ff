import { builder } from '../../builder.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js';
import { directMutationResult, mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId } from '../../common/ids.js';
import type { ApiToken } from '../../generated/prisma/sqlite/client.js';
import { projectScope } from './actor.js';

export const RoleEnum = builder.enumType('Role', {
  values: {
    MEMBER: { description: 'Manages the resources of one project.' },
    OPERATOR: {
      description: 'Runs the platform: projects, tokens, external networks, gateway servers, failure reports.',
    },
  },
});

export const ProjectType = builder.prismaNode('Project', {
  description: 'A tenant: every VPC, gateway and address belongs to one project.',
  id: { field: 'id' },
  nullable: true,
  // A member sees its own project only; any other ID is simply not found.
  findUnique: (id, context) =>
    context.actor.role === 'MEMBER' ? { id, AND: [{ id: context.actor.projectId }] } : { id },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the project was created.' }),
  }),
});

export const ApiTokenType = builder.prismaNode('ApiToken', {
  description: 'A bearer token. Its secret was shown once, at creation, and is stored only as a hash.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, ...projectScope(context.actor) }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the token is for.' }),
    role: t.expose('role', { type: RoleEnum, description: 'What the token may do.' }),
    project: t.relation('project', {
      nullable: true,
      description: 'The project of a MEMBER token; null for OPERATOR tokens.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the token was created.' }),
  }),
});

const ViewerType = builder.objectRef<{ role: 'MEMBER' | 'OPERATOR'; projectId: string | null }>('Viewer').implement({
  description: 'The caller, as its token identifies it.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, description: "The token's role.", resolve: (viewer) => viewer.role }),
    project: t.prismaField({
      type: 'Project',
      nullable: true,
      description: 'The project a MEMBER token belongs to; null for OPERATOR tokens.',
      resolve: (query, viewer, _args, context) =>
        viewer.projectId === null
          ? null
          : context.prisma.project.findUnique({ ...query, where: { id: viewer.projectId } }),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    description: 'Who the caller is.',
    resolve: (_root, _args, context) => context.actor,
  }),
);

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  fields: (t) => ({ name: t.string({ description: 'Display name, 1–255 printable characters.' }) }),
});

builder.mutationField('createProject', (t) =>
  t.field({
    type: ProjectType,
    description: 'OPERATOR only: creates a project (a tenant).',
    authScopes: { operator: true },
    args: { input: t.arg({ type: CreateProjectInput }) },
    errors: mutationResult('CreateProject', 'project', [ValidationError, ForbiddenError]),
    resolve: (_root, { input }, context) => context.services.tenancy.createProject(input),
  }),
);

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({ description: 'What the token is for.' }),
    projectId: t.id({ required: false, description: 'A MEMBER token for this project; omit for an OPERATOR token.' }),
  }),
});

const CreateApiTokenSuccess = builder
  .objectRef<{ apiToken: ApiToken; secret: string }>('CreateApiTokenSuccess')
  .implement({
    description: 'The new token and its secret.',
    fields: (t) => ({
      apiToken: t.expose('apiToken', { type: ApiTokenType, description: 'The token.' }),
      secret: t.exposeString('secret', {
        description: 'The secret, shown this once only; send it as `Authorization: Bearer <secret>`.',
      }),
    }),
  });

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreateApiTokenSuccess,
    description: 'OPERATOR only: creates a MEMBER token for a project, or another OPERATOR token.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: CreateApiTokenInput }) },
    errors: directMutationResult('CreateApiToken', [ValidationError, NotFoundError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.tenancy.createApiToken({
        name: input.name,
        // Only an omitted (or null) projectId asks for an OPERATOR token: "" names no project.
        projectId: input.projectId == null ? null : decodeGlobalId(input.projectId, 'Project'),
      }),
  }),
);
