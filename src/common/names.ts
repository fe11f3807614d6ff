// Names of every resource follow one rule: 1–255 printable characters once trimmed.
import { ValidationError } from './errors.js';

export const maxNameLength = 255;

const unprintable = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Why `name` is not an acceptable name, or null when it is. Check the trimmed value. */
export function nameProblem(name: string): string | null {
  const length = [...name].length;
  if (length === 0) return 'must not be empty';
  if (length > maxNameLength) return `must be at most ${maxNameLength} characters`;
  if (unprintable.test(name)) return 'must contain only printable characters';
  return null;
}

/** The trimmed name, or a ValidationError on `path` when it breaks the rule. */
export function validName(raw: string, path: string[] = ['input', 'name']): string {
  const name = raw.trim();
  const problem = nameProblem(name);
  if (problem !== null) throw ValidationError.field(path, problem);
  return name;
}
