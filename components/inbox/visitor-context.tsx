import type { ConversationJson } from "@/lib/conversations/json";

/** Where a webchat visitor wrote from, as their widget said it: the page (a link) and the browser. */
export function VisitorContext({ visitor }: { visitor: NonNullable<ConversationJson["visitor"]> }) {
  return (
    <p className="flex basis-full gap-1.5 truncate text-xs text-slate-600">
      {visitor.url && (
        <>
          <span>On</span>
          <a
            href={visitor.url}
            target="_blank"
            rel="noopener noreferrer"
            className="truncate text-blue-800 hover:underline"
            title={visitor.url}
          >
            {visitor.title || visitor.url}
          </a>
        </>
      )}
      {visitor.url && visitor.browser && <span aria-hidden>·</span>}
      {visitor.browser && <span className="shrink-0">{visitor.browser}</span>}
    </p>
  );
}
