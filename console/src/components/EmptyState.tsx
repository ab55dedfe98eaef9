import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty list that says what to do next, with an optional action. */
export default function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Empty
      data-testid="empty-state"
      description={
        <span>
          <strong>{title}</strong>
          {hint ? (
            <>
              <br />
              {hint}
            </>
          ) : null}
        </span>
      }
    >
      {action}
    </Empty>
  );
}
