"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useViewer } from "@/components/layout/viewer-context";
import { AlertsToggle, ConnectionStatus } from "@/components/live/live-controls";
import { Avatar } from "@/components/ui/avatar";
import { canManagePeople, canSeeWholeOrganization } from "@/lib/auth/viewer";

export function AppHeader() {
  const viewer = useViewer();
  const pathname = usePathname();
  const links = [
    { href: "/inbox", label: "Inbox" },
    ...(canSeeWholeOrganization(viewer)
      ? [
          { href: "/team", label: "Team" },
          { href: "/settings/people", label: "People" },
        ]
      : []),
    ...(canManagePeople(viewer) ? [{ href: "/settings/channels", label: "Channels" }] : []),
    { href: "/settings/account", label: "Account" },
    { href: "/settings/tokens", label: "API tokens" },
  ];
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 whitespace-nowrap sm:gap-4">
      <Link href="/inbox" className="hidden font-semibold text-slate-900 sm:inline">
        Inbox
      </Link>
      <nav aria-label="Main" className="flex gap-1">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={pathname.startsWith(link.href) ? "page" : undefined}
            className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900"
          >
            {link.label}
          </Link>
        ))}
      </nav>
      <div className="ml-auto flex items-center gap-1 sm:gap-2">
        <ConnectionStatus />
        <AlertsToggle />
        <span className="hidden text-sm text-slate-700 sm:inline">{viewer.name}</span>
        <Avatar name={viewer.name} id={viewer.id} />
        <button
          type="button"
          onClick={() => signOut({ callbackUrl: "/login" })}
          className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
