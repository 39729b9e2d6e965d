// One chunk for every module the page runs at start. Rolldown otherwise puts the
// modules that lazy views share with the start (the store, the domain model, the
// canvas's helpers) in a dozen small chunks of their own: each one more request,
// and each gzipped on its own, about 4 kB more in all of the initial JS
// (`npm run bench`: initial JS, gzipped). Lazy chunks then import from this one,
// which is always loaded first, so nothing loads earlier than before.

interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/**
 * A code-splitting group's `name`: "start" for a module an entry imports,
 * directly or not, without a dynamic import. A module that some code imports
 * dynamically stays out: it is meant to come later, even where a barrel file
 * (domain/operations/index.ts) re-exports it, and Rolldown's own splitting
 * places it.
 */
export function startChunkName(): (id: string, graph: ModuleGraph) => string | null {
  const atStart = new Map<string, boolean>();
  const reached = (id: string, graph: ModuleGraph): boolean => {
    const known = atStart.get(id);
    if (known !== undefined) return known;
    atStart.set(id, false); // while a cycle of imports is walked
    const info = graph.getModuleInfo(id);
    const result =
      info !== null &&
      (info.isEntry ||
        (info.dynamicImporters.length === 0 && info.importers.some((by) => reached(by, graph))));
    atStart.set(id, result);
    return result;
  };
  return (id, graph) => (reached(id, graph) ? "start" : null);
}
