import ReactDiffViewer, { DiffMethod } from 'react-diff-viewer-continued';

/** Side by side on a wide screen, one column on a phone. Loaded on demand: it is the console's largest library. */
export default function DiffView(p: { oldValue: string; newValue: string; leftTitle: string; rightTitle: string; split: boolean }) {
  return (
    <div data-testid="diff-view" style={{ fontSize: 12, overflowX: 'auto' }}>
      <ReactDiffViewer
        oldValue={p.oldValue}
        newValue={p.newValue}
        splitView={p.split}
        leftTitle={p.leftTitle}
        rightTitle={p.rightTitle}
        compareMethod={DiffMethod.LINES}
        // All lines, no folding: a snapshot is short, and the fold toggles nest a button in a button (axe).
        showDiffOnly={false}
        // Full-strength line numbers: the library dims them to half opacity, below AA contrast.
        styles={{ gutter: { pre: { opacity: 1 } }, lineNumber: { opacity: 1 } }}
      />
    </div>
  );
}
