type Bag = Record<string, unknown>;

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function shell(value: object): object {
  if (Array.isArray(value)) return new Array(value.length);
  if (value instanceof Date) return new Date(value.getTime());
  return isPlain(value) ? {} : value;
}

function assign(target: Bag, key: string, value: unknown): void {
  // A JSON-parsed "__proto__" key is data; plain assignment would swap the prototype instead.
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * Deep-copies plain data (objects, arrays, dates) without recursion; class instances are shared, not copied.
 *
 * @example
 * const copy = clonePlain({ metric: { start: 0, target: 10 } }); // copy.metric is a new object
 */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const root = shell(value);
  if (root === value || root instanceof Date) return root as T;
  // Sharing and cycles survive: each source object is copied once.
  const copies = new Map<object, object>([[value, root]]);
  const stack: [Bag, Bag][] = [[value as Bag, root as Bag]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const key of Object.keys(source)) {
      const child = source[key];
      if (typeof child !== 'object' || child === null) {
        assign(target, key, child);
        continue;
      }
      let copy = copies.get(child);
      if (copy === undefined) {
        copy = shell(child);
        copies.set(child, copy);
        if (copy !== child && !(copy instanceof Date)) stack.push([child as Bag, copy as Bag]);
      }
      assign(target, key, copy);
    }
  }
  return root as T;
}
