import type { Severity } from "../domain/diagnostics/rules";
import { isIllustrative } from "../domain/document";
import type { Indicator, PlanNode } from "../domain/types";
import type { Language, Translate } from "../i18n/translate";
import { CARD } from "../layout/cardMetrics";
import { KIND_COLOURS } from "./palette";
import { textWidth, wrapText } from "./wrap";
import { escapeXml, num } from "./xml";

// A box of the performance tree in an exported image: the screen's card
// (src/canvas/PlanNodeCard.tsx and .plan-card in styles.css) drawn in SVG.
// The screen clamps long names to four lines; an image is read on paper where
// nothing can be hovered, so here every text wraps in full and the card grows
// to hold it. Line lengths come from the same metrics as the screen's cards.

/** What a card shows besides the node: the words of the UI language, and the marks of the view. */
export interface CardContext {
  readonly t: Translate;
  readonly language: Language;
  /** The last year of the period: the target shown beside each indicator. */
  readonly finalYear: number;
  readonly indicators: boolean;
  /** Diagnostics of the structure in view, by node. */
  readonly badges?: ReadonlyMap<string, Badge>;
}

export interface Badge {
  readonly severity: Severity;
  readonly count: number;
}

const PAD_LEFT = 18; // 6 px kind border + 12 px padding
const PAD_RIGHT = 13; // 1 px border + 12 px padding
const CONTENT = CARD.width - PAD_LEFT - PAD_RIGHT;
const INDICATOR_FONT = 11.5;
const CODE_FONT = 12;

interface IndicatorLines {
  readonly name: string[];
  readonly target: string;
}

export interface CardModel {
  readonly node: PlanNode;
  readonly width: number;
  readonly height: number;
  readonly kindLabel: string;
  /** The code in the header, or on lines of its own under it when it does not fit beside the labels. */
  readonly codeInHeader: boolean;
  readonly codeLines: string[];
  readonly name: string[];
  readonly statement: string[];
  readonly indicators: IndicatorLines[];
  readonly more: string | null;
  readonly tag: string | null;
  readonly badge: Badge | null;
}

// Numbers as formatNumber (src/i18n/translate.ts) writes them, with one formatter
// per language: building a formatter for each of thousands of targets is slow.
const NUMBER_FORMATS: Partial<Record<Language, Intl.NumberFormat>> = {};
function formatTarget(language: Language, value: number): string {
  let format = NUMBER_FORMATS[language];
  if (!format) {
    format = new Intl.NumberFormat(language === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 3 });
    NUMBER_FORMATS[language] = format;
  }
  return format.format(value);
}

function targetText(indicator: Indicator, year: number, language: Language): string {
  const target = indicator.targets?.[String(year)];
  if (target === undefined) return "";
  if (typeof target !== "number") return target;
  return `${formatTarget(language, target)}${indicator.unit ? ` ${indicator.unit}` : ""}`;
}

const pillWidth = (label: string) => textWidth(label.toUpperCase(), 10.5, true) + label.length * 0.2 + 14;
const tagWidth = (label: string) => textWidth(label, 10.5, true) + 11;
const badgeWidth = (badge: Badge) => 21 + textWidth(String(badge.count), 11, true);

/** The card of a node as it will be drawn: every line of text, and the height that holds them. */
export function cardModel(node: PlanNode, context: CardContext): CardModel {
  const { t } = context;
  const kindLabel = t(`kindShort.${node.kind}`);
  const tag = isIllustrative(node) ? t("illustrative.tag") : null;
  const badge = context.badges?.get(node.id) ?? null;
  const headerRight = (tag ? tagWidth(tag) + 6 : 0) + (badge ? badgeWidth(badge) + 6 : 0);
  const codeRoom = CONTENT - pillWidth(kindLabel) - 6 - headerRight;
  const code = node.code ?? "";
  const codeInHeader = code === "" || textWidth(code, CODE_FONT, true) <= codeRoom;
  const codeLines = codeInHeader ? [] : wrapText(code, CONTENT, CODE_FONT, true);

  const name = wrapText(node.name, CONTENT, 14, true);
  if (name.length === 0) name.push("");
  const statement = node.statement ? wrapText(node.statement, CONTENT, 12) : [];

  const all = context.indicators ? (node.indicators ?? []) : [];
  const shown = all.slice(0, CARD.indicatorMaxRows);
  const indicators = shown.map((indicator) => {
    const target = targetText(indicator, context.finalYear, context.language);
    const room = CONTENT - (target ? textWidth(target, INDICATOR_FONT, true) + 6 : 0);
    const lines = wrapText(indicator.name, room, INDICATOR_FONT);
    return { name: lines.length > 0 ? lines : [""], target };
  });
  const more =
    all.length > shown.length ? t("node.indicatorsMore", { count: all.length - shown.length }) : null;

  let height =
    CARD.paddingY * 2 + CARD.headerHeight + codeLines.length * 16 + name.length * CARD.nameLineHeight;
  if (statement.length > 0) height += CARD.sectionGap + statement.length * CARD.statementLineHeight;
  const rows = indicators.reduce((sum, row) => sum + row.name.length, 0) + (more ? 1 : 0);
  if (rows > 0) height += CARD.sectionGap + 1 + rows * CARD.indicatorRowHeight;

  return {
    node,
    width: CARD.width,
    height,
    kindLabel,
    codeInHeader,
    codeLines,
    name,
    statement,
    indicators,
    more,
    tag,
    badge,
  };
}

/** Baseline of a line of text of `size` px centred in a line box starting at `top`. */
const baseline = (top: number, lineHeight: number, size: number) => top + lineHeight / 2 + size * 0.35;

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${num(x)}" y="${num(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

const SEVERITY_COLOUR: Record<Severity, string> = { error: "#b42318", warning: "#a15c00", info: "#3b6ea5" };

/** A diagnostics badge: a severity letter in a white disc and the count, as on the cards. */
export function badgeSvg(right: number, centreY: number, badge: Badge, t: Translate): string {
  const width = badgeWidth(badge);
  const x = right - width;
  const colour = SEVERITY_COLOUR[badge.severity];
  return [
    `<rect x="${num(x)}" y="${num(centreY - 8.5)}" width="${num(width)}" height="17" rx="8.5" fill="${colour}"/>`,
    `<circle cx="${num(x + 8.5)}" cy="${num(centreY)}" r="6.5" fill="#fff"/>`,
    text(
      x + 8.5,
      centreY + 3.3,
      t(`severityLetter.${badge.severity}`),
      `font-size="9.5" font-weight="700" fill="${colour}" text-anchor="middle"`,
    ),
    text(x + 17, centreY + 3.9, String(badge.count), `font-size="11" font-weight="700" fill="#fff"`),
  ].join("");
}

/** The card at (x, y), with a "+N" pill under it when its children are folded away. */
export function cardSvg(model: CardModel, x: number, y: number, folded: number, t: Translate): string {
  const { node, width, height } = model;
  const colour = KIND_COLOURS[node.kind];
  const out: string[] = [`<g data-node-id="${escapeXml(node.id)}">`];
  const condition = node.kind === "condition";
  out.push(
    `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(width - 1)}" height="${num(height - 1)}" rx="8" fill="${condition ? "#fafbfc" : "#fff"}" stroke="#c9d1db"${condition ? ' stroke-dasharray="4 3"' : ""}/>`,
  );
  // The thick kind-coloured left border, with the card's rounded corners.
  out.push(
    `<path d="M${num(x + 8)},${num(y)} Q${num(x)},${num(y)} ${num(x)},${num(y + 8)} V${num(y + height - 8)} Q${num(x)},${num(y + height)} ${num(x + 8)},${num(y + height)} V${num(y + height - 1)} Q${num(x + 6)},${num(y + height - 1)} ${num(x + 6)},${num(y + height - 7)} V${num(y + 7)} Q${num(x + 6)},${num(y + 1)} ${num(x + 8)},${num(y + 1)} Z" fill="${colour}"/>`,
  );

  const left = x + PAD_LEFT;
  const right = x + width - PAD_RIGHT;
  let top = y + CARD.paddingY;
  const mid = top + CARD.headerHeight / 2;
  const pill = pillWidth(model.kindLabel);
  out.push(
    `<rect x="${num(left)}" y="${num(mid - 9)}" width="${num(pill)}" height="18" rx="4" fill="${colour}"/>`,
  );
  out.push(
    text(
      left + 7,
      mid + 3.7,
      model.kindLabel.toUpperCase(),
      `font-size="10.5" font-weight="700" fill="#fff" letter-spacing="0.2"`,
    ),
  );
  if (model.codeInHeader && node.code)
    out.push(
      text(
        left + pill + 6,
        mid + 4.2,
        node.code,
        `font-size="${CODE_FONT}" font-weight="600" fill="#56606e"`,
      ),
    );
  let tagRight = right;
  if (model.badge) {
    out.push(badgeSvg(right, mid, model.badge, t));
    tagRight -= badgeWidth(model.badge) + 6;
  }
  if (model.tag) {
    const w = tagWidth(model.tag);
    out.push(
      `<rect x="${num(tagRight - w + 0.5)}" y="${num(mid - 8)}" width="${num(w - 1)}" height="16" rx="4" fill="#ffefc2" stroke="#e9c46a"/>`,
    );
    out.push(
      text(tagRight - w + 6, mid + 3.7, model.tag, `font-size="10.5" font-weight="600" fill="#7a4d00"`),
    );
  }
  top += CARD.headerHeight;

  for (const line of model.codeLines) {
    out.push(
      text(
        left,
        baseline(top, 16, CODE_FONT),
        line,
        `font-size="${CODE_FONT}" font-weight="600" fill="#56606e"`,
      ),
    );
    top += 16;
  }
  for (const line of model.name) {
    out.push(
      text(
        left,
        baseline(top, CARD.nameLineHeight, 14),
        line,
        `font-size="14" font-weight="600" fill="#1b2430"`,
      ),
    );
    top += CARD.nameLineHeight;
  }
  if (model.statement.length > 0) {
    top += CARD.sectionGap;
    for (const line of model.statement) {
      out.push(
        text(
          left,
          baseline(top, CARD.statementLineHeight, 12),
          line,
          `font-size="12" font-style="italic" fill="#3b4654"`,
        ),
      );
      top += CARD.statementLineHeight;
    }
  }
  if (model.indicators.length > 0 || model.more) {
    top += CARD.sectionGap;
    out.push(`<path d="M${num(left)},${num(top + 0.5)} H${num(right)}" stroke="#e3e8ee"/>`);
    top += 1;
    const rowHeight = CARD.indicatorRowHeight;
    for (const row of model.indicators) {
      if (row.target)
        out.push(
          text(
            right,
            baseline(top, rowHeight, INDICATOR_FONT),
            row.target,
            `font-size="${INDICATOR_FONT}" font-weight="700" fill="#1b2430" text-anchor="end"`,
          ),
        );
      for (const line of row.name) {
        out.push(
          text(
            left,
            baseline(top, rowHeight, INDICATOR_FONT),
            line,
            `font-size="${INDICATOR_FONT}" fill="#3b4654"`,
          ),
        );
        top += rowHeight;
      }
    }
    if (model.more) {
      out.push(
        text(
          left,
          baseline(top, rowHeight, INDICATOR_FONT),
          model.more,
          `font-size="${INDICATOR_FONT}" font-style="italic" fill="#56606e"`,
        ),
      );
      top += rowHeight;
    }
  }
  if (folded > 0) {
    const label = `+${folded}`;
    const w = Math.max(24, textWidth(label, 12, true) + 12);
    const cx = x + width / 2;
    out.push(
      `<rect x="${num(cx - w / 2)}" y="${num(y + height - 10)}" width="${num(w)}" height="22" rx="11" fill="${colour}"/>`,
    );
    out.push(
      text(cx, y + height + 5.2, label, `font-size="12" font-weight="700" fill="#fff" text-anchor="middle"`),
    );
  }
  out.push("</g>");
  return out.join("");
}
