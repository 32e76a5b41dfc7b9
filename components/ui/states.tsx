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
