// The overview of a tree of more than 100 boxes zoomed far out (see drawOverview.ts): one chunk,
// loaded by the tree canvas once a tree is large enough to need it.
export { OverviewCanvas } from "./OverviewCanvas";
export { type OverviewPress, overviewPointer } from "./overviewPointer";
