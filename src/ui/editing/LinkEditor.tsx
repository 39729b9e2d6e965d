import { useId, useMemo, useState } from "react";
import { canLink } from "../../domain/operations";
import type { PlanNode } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";

// Contribute links without a mouse: the canvas draws them by dragging from a
// box's handle; here they are added by finding the other box by code or name,
// and removed by a button each. Only boxes a link may reach are offered (no
// cycle, no duplicate).

const MAX_SHOWN = 8;

export function LinkEditor({ node }: { node: PlanNode }) {
  const t = useT();
  const actions = useTreeActions();
  const doc = useApp((s) => s.doc);
  const [query, setQuery] = useState("");
  const searchId = useId();

  const outgoing = useMemo(
    () => (doc ? [...doc.links.values()].filter((link) => link.from === node.id) : []),
    [doc, node.id],
  );
  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!doc || needle === "") return [];
    const found: PlanNode[] = [];
    for (const other of doc.nodes.values()) {
      if (found.length >= MAX_SHOWN) break;
      const text = `${other.code ?? ""} ${other.name}`.toLocaleLowerCase();
      if (text.includes(needle) && canLink(doc, node.id, other.id)) found.push(other);
    }
    return found;
  }, [doc, node.id, query]);

  if (!doc) return null;
  const label = (other: PlanNode | undefined, fallback: string) =>
    other ? `${other.code ? `${other.code} ` : ""}${other.name}` : fallback;

  return (
    <section className="owners-editor link-editor" aria-labelledby={`${searchId}-title`}>
      <h3 className="panel__subheading" id={`${searchId}-title`}>
        {t("links.title")}
      </h3>
      {outgoing.length > 0 && (
        <ul className="plain-list alignment-list">
          {outgoing.map((link) => {
            const name = label(doc.nodes.get(link.to), link.to);
            return (
              <li key={link.id}>
                <span>{name}</span>{" "}
                <button
                  type="button"
                  className="alignment-list__remove"
                  aria-label={t("links.remove", { name })}
                  title={t("links.remove", { name })}
                  onClick={() => actions.unlink(link.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="owners-editor__add">
        <label htmlFor={searchId}>{t("links.add")}</label>
        <input
          id={searchId}
          type="search"
          placeholder={t("links.placeholder")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        {query.trim() !== "" && (
          <ul className="owners-editor__matches" aria-label={t("links.matches")}>
            {matches.length === 0 && <li className="panel__muted">{t("links.none")}</li>}
            {matches.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  className="owners-editor__match"
                  onClick={() => {
                    if (actions.link(node.id, other.id)) setQuery("");
                  }}
                >
                  <span>{label(other, other.id)}</span>
                  <span className="panel__muted"> · {t(`kind.${other.kind}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
