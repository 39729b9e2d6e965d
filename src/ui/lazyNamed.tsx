import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  useState,
} from "react";

// Components that load with their own chunk the first time they are drawn, so
// the first download holds only what the performance tree needs.

// biome-ignore lint/suspicious/noExplicitAny: any component of the module, with its own props
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * Draws its children from the first time `when` is true on (a dialog that opens
 * and closes by itself stays mounted, so it can animate and keep its state),
 * and nothing before: a lazy dialog's code loads only when first wanted.
 */
export function OnceShown({ when, children }: { when: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(when);
  if (when && !shown) setShown(true);
  if (!shown) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}
