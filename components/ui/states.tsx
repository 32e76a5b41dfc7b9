import { Button } from "@/components/ui/button";

export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 p-8 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {hint && <p className="max-w-xs text-sm text-slate-600">{hint}</p>}
      {children}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="font-medium text-red-800">Something went wrong</p>
      <p className="max-w-xs text-sm text-slate-700">{error.message}</p>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}

/**
 * A query's loading and failure, said the same way everywhere: skeleton lines while it loads (a
 * status named `loading`), the error with Try again when it fails, `empty` when it answered with
 * nothing. Renders nothing once there is something to show.
 */
export function QueryStates({
  query,
  loading,
  lines = 1,
  empty,
  isEmpty = false,
}: {
  query: { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };
  loading: string;
  lines?: number;
  empty?: React.ReactNode;
  isEmpty?: boolean;
}) {
  if (query.isPending) {
    return (
      <div role="status" aria-label={loading} className="space-y-3 p-4">
        {["w-2/3", "w-1/2", "w-3/5"].slice(0, lines).map((width) => (
          <Skeleton key={width} className={`h-6 ${width}`} />
        ))}
      </div>
    );
  }
  if (query.isError && query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return isEmpty ? empty : null;
}
