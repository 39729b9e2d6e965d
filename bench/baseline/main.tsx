import dagre from "@dagrejs/dagre";
import {
  type Edge,
  type Node,
  Position,
  ReactFlow,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";

// The baseline: what a developer gets from React Flow's own dagre example with
// default settings. Every node mounted (no onlyRenderVisibleElements), no sizes
// declared (React Flow measures each node in the DOM), the default node type with
// the name as its label, controlled nodes and edges, fitView. The document is the
// same generated file the app opens; only its nodes, parents and links are used.
// One change from the defaults: the zoom range is the app's (0.05-2, where React
// Flow's default stops zooming out at 0.5), so that the wheel phase of the
// benchmark does the same thing on both pages; fitView still opens at the
// default's 0.5 at most zoomed out.
//
// Marks for the benchmark: "baseline:layout" (the dagre call) and
// "baseline:painted" (the first frame after React Flow has measured every node).

interface FileNode {
  id: string;
  parentId: string | null;
  name: string;
}
interface FileDocument {
  nodes: FileNode[];
  links: { from: string; to: string }[];
}

// The dagre example's fixed size for layout; React Flow measures the real boxes.
const NODE_WIDTH = 172;
const NODE_HEIGHT = 36;

function layout(file: FileDocument): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = file.nodes.map((node) => ({
    id: node.id,
    position: { x: 0, y: 0 },
    data: { label: node.name },
  }));
  const edges: Edge[] = [];
  for (const node of file.nodes) {
    if (node.parentId !== null) {
      edges.push({ id: `p:${node.id}`, source: node.parentId, target: node.id });
    }
  }
  file.links.forEach((link, i) => {
    edges.push({ id: `l:${i}`, source: link.from, target: link.to });
  });

  const graph = new dagre.graphlib.Graph().setDefaultEdgeLabel(() => ({}));
  graph.setGraph({ rankdir: "TB" });
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);

  const placed = nodes.map((node) => {
    const { x, y } = graph.node(node.id);
    return {
      ...node,
      targetPosition: Position.Top,
      sourcePosition: Position.Bottom,
      position: { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 },
    };
  });
  return { nodes: placed, edges };
}

const FIT_VIEW = { minZoom: 0.5 } as const;

function Flow({ initialNodes, initialEdges }: { initialNodes: Node[]; initialEdges: Edge[] }) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      fitViewOptions={FIT_VIEW}
      minZoom={0.05}
      maxZoom={2}
    >
      <PaintedMark />
    </ReactFlow>
  );
}

function PaintedMark() {
  const initialised = useNodesInitialized();
  useEffect(() => {
    if (!initialised || performance.getEntriesByName("baseline:painted").length > 0) return;
    requestAnimationFrame(() => setTimeout(() => performance.mark("baseline:painted"), 0));
  }, [initialised]);
  return null;
}

async function main() {
  const size = new URLSearchParams(location.search).get("n") ?? "1000";
  const response = await fetch(`docs/doc-${encodeURIComponent(size)}.json`);
  const file = (await response.json()) as FileDocument;
  const start = performance.now();
  const { nodes, edges } = layout(file);
  performance.measure("baseline:layout", { start, end: performance.now() });
  createRoot(document.getElementById("root")!).render(<Flow initialNodes={nodes} initialEdges={edges} />);
}

void main();
