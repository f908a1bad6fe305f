/** A binary min-heap of node indexes keyed by their topological position. */
export class TopoHeap {
  private readonly items: number[] = [];

  constructor(private readonly key: Int32Array) {}

  get size(): number {
    return this.items.length;
  }

  push(node: number): void {
    const { items, key } = this;
    let k = items.length;
    items.push(node);
    const kn = key[node]!;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const up = items[parent]!;
      if (key[up]! <= kn) break;
      items[k] = up;
      k = parent;
    }
    items[k] = node;
  }

  pop(): number {
    const { items, key } = this;
    const top = items[0]!;
    const last = items.pop()!;
    const n = items.length;
    if (n > 0) {
      let k = 0;
      const kl = key[last]!;
      for (;;) {
        let child = 2 * k + 1;
        if (child >= n) break;
        if (child + 1 < n && key[items[child + 1]!]! < key[items[child]!]!) child++;
        if (key[items[child]!]! >= kl) break;
        items[k] = items[child]!;
        k = child;
      }
      items[k] = last;
    }
    return top;
  }
}
