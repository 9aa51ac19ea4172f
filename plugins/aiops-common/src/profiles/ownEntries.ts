/*
 * Maps keyed by data (feature names, category values, group values) are plain objects, as
 * they round-trip through JSON. A key such as `constructor` or `__proto__` must then never
 * reach what Object.prototype holds: reading it would return a function, writing
 * `__proto__` would replace the map's prototype (or, through a shared object, pollute
 * every object of the process). These two helpers are the only way such maps are read
 * and written.
 */

/** The map's own value for `key`, never one it inherits. */
export function ownValue<T>(
  map: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return map !== undefined && Object.prototype.hasOwnProperty.call(map, key)
    ? map[key]
    : undefined;
}

/** Sets `key` as the map's own property, `__proto__` included. */
export function setOwn<T>(map: Record<string, T>, key: string, value: T) {
  Object.defineProperty(map, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
