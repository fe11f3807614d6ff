// Who is calling: an authenticated API token, with its role and, for members, its project.
import { ForbiddenError } from '../../common/errors.js';

export type Actor =
  | { role: 'OPERATOR'; tokenId: string; projectId: null }
  | { role: 'MEMBER'; tokenId: string; projectId: string };

/** Where-clause part that keeps a member to its own project; operators see every project. */
export function projectScope(actor: Actor): { projectId?: string } {
  return actor.role === 'MEMBER' ? { projectId: actor.projectId } : {};
}

/** The caller's project, for operations that create or change a project's resources. */
export function requireMemberProject(actor: Actor): string {
  if (actor.role !== 'MEMBER') {
    throw new ForbiddenError('this operation acts on a project: call it with a MEMBER token of that project');
  }
  return actor.projectId;
}
