/**
 * A binary min-heap: the structure that keeps row packing O(n log n), since each item
 * needs the earliest-freed row and the lowest free row index in O(log n).
 */
export class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #less: (a: T, b: T) => boolean;

  constructor(less: (a: T, b: T) => boolean) {
    this.#less = less;
  }

  get size(): number {
    return this.#items.length;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const items = this.#items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#less(items[child] as T, items[parent] as T)) break;
      this.#swap(child, parent);
      child = parent;
    }
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < items.length && this.#less(items[left] as T, items[smallest] as T)) smallest = left;
      if (right < items.length && this.#less(items[right] as T, items[smallest] as T)) smallest = right;
      if (smallest === parent) return top;
      this.#swap(parent, smallest);
      parent = smallest;
    }
  }

  #swap(i: number, j: number): void {
    const items = this.#items;
    const held = items[i] as T;
    items[i] = items[j] as T;
    items[j] = held;
  }
}
