/** Above this many changed entries a layered map is copied flat, so lookups never walk a long chain. */
const FLATTEN_AT = 256;

/**
 * A read-only map made of a base map and a small map of changed entries on top: what a move changes in the grid's
 * 10,000-entry `byId` index without copying it (a full copy costs milliseconds per move).
 *
 * @example
 * const next = LayeredMap.over(model.byId, [[moved.id, moved]]);
 * next.get(moved.id) === moved; // true; every other id still answers from model.byId
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly #base: ReadonlyMap<K, V>;
  readonly #top: ReadonlyMap<K, V>;
  /** Keys of the top that the base does not have, in insertion order (iterated after the base's). */
  readonly #added: readonly K[];

  private constructor(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V>) {
    this.#base = base;
    this.#top = top;
    this.#added = [...top.keys()].filter((key) => !base.has(key));
  }

  /**
   * The map `previous` with `changes` set on it; `previous` is left as it was. Stacking on a layered map merges
   * the changes into one top layer, and a top grown past a few hundred entries is flattened into a plain Map.
   *
   * @example
   * const byId = LayeredMap.over(new Map([['a', 1]]), [['a', 2]]); // byId.get('a') === 2
   */
  static over<K, V>(previous: ReadonlyMap<K, V>, changes: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
    const layered = previous instanceof LayeredMap;
    const base: ReadonlyMap<K, V> = layered ? (previous as LayeredMap<K, V>).#base : previous;
    const top = new Map<K, V>(layered ? (previous as LayeredMap<K, V>).#top : undefined);
    for (const [key, value] of changes) top.set(key, value);
    if (top.size <= FLATTEN_AT) return new LayeredMap(base, top);
    const flat = new Map(base);
    for (const [key, value] of top) flat.set(key, value);
    return flat;
  }

  get size(): number {
    return this.#base.size + this.#added.length;
  }

  get(key: K): V | undefined {
    return this.#top.has(key) ? this.#top.get(key) : this.#base.get(key);
  }

  has(key: K): boolean {
    return this.#top.has(key) || this.#base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.#base)
      yield [key, this.#top.has(key) ? (this.#top.get(key) as V) : value];
    for (const key of this.#added) yield [key, this.#top.get(key) as V];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
