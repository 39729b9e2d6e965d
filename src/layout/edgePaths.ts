// SVG path data for the tree's lines, shared by the canvas and image export so
// that both draw exactly the same picture.

/** Down from the source to a horizontal bus at `busY`, along it, then down into the target. Corners rounded. */
export function busPath(sx: number, sy: number, busY: number, tx: number, ty: number, radius = 6): string {
  const dx = tx - sx;
  if (Math.abs(dx) < 0.5) return `M ${sx},${sy} L ${tx},${ty}`;
  const dir = dx > 0 ? 1 : -1;
  const r = Math.max(0, Math.min(radius, Math.abs(dx) / 2, Math.abs(busY - sy), Math.abs(ty - busY)));
  return [
    `M ${sx},${sy}`,
    `L ${sx},${busY - r}`,
    `Q ${sx},${busY} ${sx + dir * r},${busY}`,
    `L ${tx - dir * r},${busY}`,
    `Q ${tx},${busY} ${tx},${busY + r}`,
    `L ${tx},${ty}`,
  ].join(" ");
}

/** Down from the source, then right into the target's left side: a stacked leaf. */
export function elbowPath(sx: number, sy: number, tx: number, ty: number, radius = 6): string {
  const r = Math.max(0, Math.min(radius, Math.abs(ty - sy), Math.abs(tx - sx)));
  return `M ${sx},${sy} L ${sx},${ty - r} Q ${sx},${ty} ${sx + r},${ty} L ${tx},${ty}`;
}
