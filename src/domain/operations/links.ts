import type { ContributeLink, Id, PlanDocument } from "../types";
import { applyFieldPatch, LINK_FIELD_SPECS } from "./fields";
import { reaches } from "./graph";
import { createIdAllocator, LINK_ID_PREFIX } from "./ids";
import { isValidId, MAX_LINKS } from "./limits";
import { fail, type OperationResult } from "./result";

// Contribute links: a node contributes to another besides its structural parent.

export interface AddLinkOptions {
  /** The new link's id; by default `link-${n}` with the smallest free n. */
  readonly id?: Id;
  readonly notes?: string;
}

/**
 * Link `from` -> `to`. Refused for a link to itself, a second link with the
 * same ends, and a link that closes a cycle with parent edges and links.
 */
export function addLink(
  doc: PlanDocument,
  from: Id,
  to: Id,
  options: AddLinkOptions = {},
): OperationResult<{ readonly id: Id }> {
  if (!doc.nodes.has(from)) return fail("not-found", { what: "node", id: from });
  if (!doc.nodes.has(to)) return fail("not-found", { what: "node", id: to });
  if (from === to) return fail("self-link", { id: from });
  for (const link of doc.links.values()) {
    if (link.from === from && link.to === to) return fail("duplicate-link", { from, to, linkId: link.id });
  }
  if (doc.links.size >= MAX_LINKS) return fail("too-many-links", { max: MAX_LINKS });
  if (reaches(doc.nodes, doc.links, to, from)) return fail("cycle", { from, to });
  let id: Id;
  if (options.id !== undefined) {
    if (!isValidId(options.id)) return fail("invalid-id", { id: String(options.id) });
    if (doc.links.has(options.id)) return fail("duplicate-id", { id: options.id });
    id = options.id;
  } else {
    id = createIdAllocator((candidate) => doc.links.has(candidate))(LINK_ID_PREFIX);
  }
  const patched = applyFieldPatch<ContributeLink>(
    { id, from, to, type: "contributes" },
    options.notes === undefined ? {} : { notes: options.notes },
    LINK_FIELD_SPECS,
  );
  if (!patched.ok) return patched;
  const links = new Map(doc.links);
  links.set(id, patched.value);
  return { ok: true, doc: { ...doc, links }, id };
}

export function removeLink(doc: PlanDocument, linkId: Id): OperationResult {
  if (!doc.links.has(linkId)) return fail("not-found", { what: "link", id: linkId });
  const links = new Map(doc.links);
  links.delete(linkId);
  return { ok: true, doc: { ...doc, links } };
}

/** Edit a link's notes ("" or undefined removes them). */
export function updateLink(
  doc: PlanDocument,
  linkId: Id,
  patch: { readonly notes?: string },
): OperationResult {
  const link = doc.links.get(linkId);
  if (!link) return fail("not-found", { what: "link", id: linkId });
  const patched = applyFieldPatch(link, patch, LINK_FIELD_SPECS);
  if (!patched.ok) return patched;
  if (!patched.changed) return { ok: true, doc };
  const links = new Map(doc.links);
  links.set(linkId, patched.value);
  return { ok: true, doc: { ...doc, links } };
}

/** Whether a link from -> to would be accepted by addLink (for drag feedback). */
export function canLink(doc: PlanDocument, from: Id, to: Id): boolean {
  if (from === to || !doc.nodes.has(from) || !doc.nodes.has(to)) return false;
  for (const link of doc.links.values()) if (link.from === from && link.to === to) return false;
  return !reaches(doc.nodes, doc.links, to, from);
}
