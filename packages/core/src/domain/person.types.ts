/**
 * A person in the host's directory: an employee, manager or rater.
 *
 * @example
 * const ada: Person = { id: 'p-1', name: 'Ada Lovelace', title: 'VP Engineering', managerId: null, department: 'Engineering' };
 */
export interface Person {
  id: string;
  /** Display name. */
  name: string;
  title?: string;
  email?: string;
  department?: string;
  /** The person's manager; `null` marks the top of the reporting tree, `undefined` means unknown. */
  managerId?: string | null;
  avatarUrl?: string;
  location?: string;
}
