/**
 * Up to two letters for an avatar: the first letters of the first and last words, upper-cased (whole code points,
 * so names outside the Basic Multilingual Plane keep their letters).
 *
 * @example
 * initialsOf('Ada King Lovelace'); // 'AL'
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0]!)[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
