import type { NodeMark } from "../domain/versionDiff";
import { useT } from "../store/useT";

// While a saved version is compared with the open document, a box that is new,
// renamed, moved, of another kind or with changed indicators says so in small
// tags over its top edge: outside the card's measured content, so the layout
// does not move.

export function VersionMarks({ marks }: { marks: readonly NodeMark[] }) {
  const t = useT();
  return (
    <span className="plan-card__version-marks" data-testid="version-marks">
      {marks.map((mark) => (
        <span key={mark} className={`version-mark version-mark--${mark}`}>
          {t(`mark.${mark}`)}
        </span>
      ))}
    </span>
  );
}
