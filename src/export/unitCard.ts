import type { Unit } from "../domain/types";
import type { Translate } from "../i18n/translate";
import { UNIT_CARD, UNIT_ROW } from "../layout/unitTree";
import { TIER_COLOURS } from "./palette";
import { type Badge, badgeSvg } from "./planCard";
import { textWidth, wrapText } from "./wrap";
import { escapeXml, num } from "./xml";
import "../i18n/structureViews";

// A unit of a structure in an exported image, as the screen's unit card
// (src/canvas/structure/UnitCard.tsx, .unit-card in styles.css): the chart
// card of the org chart (232 × 112) and the row of the Alignment column
// (280 × 64). The screen clamps names to two lines; here a long name wraps in
// full and the card grows.

export type UnitMarkKind = "added" | "removed" | "renamed" | "moved" | "retiered";

export interface UnitCardContext {
  readonly t: Translate;
  readonly badges?: ReadonlyMap<string, Badge>;
  readonly ownedCount?: ReadonlyMap<string, number>;
  readonly marks?: ReadonlyMap<string, readonly UnitMarkKind[]>;
}

export interface UnitModel {
  readonly unit: Unit;
  readonly variant: "chart" | "row";
  readonly width: number;
  readonly height: number;
  readonly tier: string[];
  readonly name: string[];
  readonly meta: string[];
  readonly owns: string | null;
  readonly badge: Badge | null;
  readonly marks: readonly string[];
  /** Room under the text for the compare marks that sit on the bottom edge. */
  readonly markRoom: number;
}

const MARK_KEYS = {
  added: "compare.markAdded",
  removed: "compare.markRemoved",
  renamed: "compare.markRenamed",
  moved: "compare.markMoved",
  retiered: "compare.markRetiered",
} as const;

export function unitModel(unit: Unit, variant: "chart" | "row", context: UnitCardContext): UnitModel {
  const { t } = context;
  const size = variant === "chart" ? UNIT_CARD : UNIT_ROW;
  const content = size.width - (variant === "chart" ? 22 : 26);
  const badge = context.badges?.get(unit.id) ?? null;
  const tierRoom = content - (badge ? 27 + textWidth(String(badge.count), 11, true) : 0);
  const tierLabel = t(`tierShort.${unit.tier}`).toUpperCase();
  const tier = wrapText(tierLabel, tierRoom - tierLabel.length * 0.2, 11, true);
  const nameFont = variant === "chart" ? 12.5 : 12;
  const name = wrapText(unit.name, content, nameFont, true);
  if (name.length === 0) name.push("");
  const owned = context.ownedCount?.get(unit.id) ?? 0;
  const owns = variant === "chart" && owned > 0 ? t("unit.owns", { count: owned }) : null;
  const metaText =
    variant === "chart"
      ? [unit.shortName, unit.kind ? t(`unitKind.${unit.kind}`) : undefined].filter(Boolean).join(" · ")
      : "";
  const metaRoom = content - (owns ? textWidth(owns, 11.5, true) + 20 : 0);
  const meta = metaText ? wrapText(metaText, metaRoom, 11.5) : [];
  const marks = (context.marks?.get(unit.id) ?? []).map((mark) => t(MARK_KEYS[mark]));

  let height: number;
  if (variant === "chart") {
    const need = 5 + 7 + tier.length * 18 + 3 + name.length * 17 + 3 + Math.max(1, meta.length) * 16 + 7;
    height = Math.max(UNIT_CARD.height, need);
  } else {
    height = Math.max(UNIT_ROW.height, 1 + 5 + tier.length * 18 + 1 + name.length * 15 + 5 + 1);
  }
  // Compare marks sit on the bottom edge: room for them below the last line.
  const markRoom = marks.length > 0 ? 12 : 0;
  height += markRoom;
  return { unit, variant, width: size.width, height, tier, name, meta, owns, badge, marks, markRoom };
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${num(x)}" y="${num(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

const MARK_STYLE: Record<string, { fg: string; border: string; bg: string }> = {
  added: { fg: "#1d6b2a", border: "#1d6b2a", bg: "#e6f4e8" },
  removed: { fg: "#b42318", border: "#b42318", bg: "#fdecea" },
  renamed: { fg: "#7a4b00", border: "#b36b00", bg: "#fff3dc" },
  retiered: { fg: "#7a4b00", border: "#b36b00", bg: "#fff3dc" },
  moved: { fg: "#3d2a8a", border: "#5b45b3", bg: "#efeafc" },
};

export function unitSvg(
  model: UnitModel,
  x: number,
  y: number,
  t: Translate,
  markKinds: readonly UnitMarkKind[] = [],
): string {
  const { unit, width, height, variant } = model;
  const colour = TIER_COLOURS[unit.tier];
  const out = [`<g data-unit-id="${escapeXml(unit.id)}">`];
  out.push(
    `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(width - 1)}" height="${num(height - 1)}" rx="8" fill="#fff" stroke="#d5dbe3"/>`,
  );
  if (variant === "chart")
    out.push(
      `<path d="M${num(x)},${num(y + 8)} Q${num(x)},${num(y)} ${num(x + 8)},${num(y)} H${num(x + width - 8)} Q${num(x + width)},${num(y)} ${num(x + width)},${num(y + 8)} V${num(y + 9)} Q${num(x + width - 1)},${num(y + 5)} ${num(x + width - 8)},${num(y + 5)} H${num(x + 8)} Q${num(x + 1)},${num(y + 5)} ${num(x)},${num(y + 9)} Z" fill="${colour}"/>`,
    );
  else
    out.push(
      `<path d="M${num(x + 8)},${num(y)} Q${num(x)},${num(y)} ${num(x)},${num(y + 8)} V${num(y + height - 8)} Q${num(x)},${num(y + height)} ${num(x + 8)},${num(y + height)} V${num(y + height - 1)} Q${num(x + 5)},${num(y + height - 1)} ${num(x + 5)},${num(y + height - 7)} V${num(y + 7)} Q${num(x + 5)},${num(y + 1)} ${num(x + 8)},${num(y + 1)} Z" fill="${colour}"/>`,
    );
  const left = x + (variant === "chart" ? 11 : 15);
  const right = x + width - 11;
  let top = y + (variant === "chart" ? 12 : 6);
  if (model.badge) out.push(badgeSvg(right, top + 9, model.badge, t));
  for (const line of model.tier) {
    out.push(
      text(left, top + 13, line, `font-size="11" font-weight="700" fill="${colour}" letter-spacing="0.2"`),
    );
    top += 18;
  }
  top += variant === "chart" ? 3 : 1;
  const lineHeight = variant === "chart" ? 17 : 15;
  const nameFont = variant === "chart" ? 12.5 : 12;
  for (const line of model.name) {
    out.push(
      text(
        left,
        top + lineHeight / 2 + nameFont * 0.35,
        line,
        `font-size="${nameFont}" font-weight="600" fill="#1b2430"`,
      ),
    );
    top += lineHeight;
  }
  if (variant === "chart") {
    let metaTop = y + height - 7 - model.markRoom - Math.max(1, model.meta.length) * 16;
    if (model.owns) {
      const w = textWidth(model.owns, 11.5, true) + 14;
      out.push(
        `<rect x="${num(right - w)}" y="${num(metaTop)}" width="${num(w)}" height="16" rx="8" fill="#e7eef6"/>`,
      );
      out.push(
        text(
          right - w / 2,
          metaTop + 12,
          model.owns,
          `font-size="11.5" font-weight="600" fill="#0f4c81" text-anchor="middle"`,
        ),
      );
    }
    for (const line of model.meta) {
      out.push(text(left, metaTop + 12, line, `font-size="11.5" fill="#56606e"`));
      metaTop += 16;
    }
  }
  let markX = x + 8;
  model.marks.forEach((label, i) => {
    const style = MARK_STYLE[markKinds[i] ?? "moved"]!;
    const w = textWidth(label, 11, true) + 12;
    out.push(
      `<rect x="${num(markX + 0.5)}" y="${num(y + height - 10.5)}" width="${num(w - 1)}" height="19" rx="4" fill="${style.bg}" stroke="${style.border}"/>`,
    );
    out.push(text(markX + 6, y + height + 3, label, `font-size="11" font-weight="700" fill="${style.fg}"`));
    markX += w + 4;
  });
  out.push("</g>");
  return out.join("");
}
