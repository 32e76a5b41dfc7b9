"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useViewer } from "@/components/layout/viewer-context";
import { AlertsToggle, ConnectionStatus } from "@/components/live/live-controls";
import { MentionsLink } from "@/components/mentions/mentions-view";
import { Avatar } from "@/components/ui/avatar";
import { Popover, PopoverClose } from "@/components/ui/popover";
import { canManagePeople, canSeeWholeOrganization } from "@/lib/auth/viewer";

const linkClass =
  "rounded-md px-1 py-1 text-sm text-slate-700 2xl:px-1.5 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900";

/** The pages, your alerts and your session. Below a wide laptop's width (an admin has a dozen
 *  pages) the pages and the rest fold into a menu, so that the header never runs off the screen. */
export function AppHeader() {
  const viewer = useViewer();
  const pathname = usePathname();
  const links = [
    { href: "/inbox", label: "Inbox" },
    ...(canSeeWholeOrganization(viewer)
      ? [
          { href: "/team", label: "Team" },
          { href: "/reports", label: "Reports" },
          { href: "/settings/people", label: "People" },
          { href: "/settings/processes", label: "Processes" },
          { href: "/settings/automations", label: "Automations" },
          { href: "/settings/labels", label: "Labels" },
        ]
      : []),
    ...(canManagePeople(viewer)
      ? [
          { href: "/settings/channels", label: "Channels" },
          { href: "/settings/organization", label: "Organization" },
          { href: "/settings/ai", label: "AI" },
          { href: "/settings/webhooks", label: "Webhooks" },
          // Beside an admin's dozen links it shows on the widest screens; the Organization page links it.
          { href: "/settings/audit", label: "Audit log", wideOnly: true },
        ]
      : []),
    { href: "/settings/canned-replies", label: "Canned replies" },
    { href: "/settings/account", label: "Account" },
    { href: "/settings/tokens", label: "API tokens" },
  ];
  const here = links.find((link) => pathname.startsWith(link.href));
  const signOutButton = (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className={linkClass}>
      Sign out
    </button>
  );
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 whitespace-nowrap sm:gap-3">
      <Link href="/inbox" className="font-semibold text-slate-900">
        Inbox
      </Link>
      <nav aria-label="Main" className="hidden gap-0.5 xl:flex">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={link === here ? "page" : undefined}
            className={`${linkClass} ${"wideOnly" in link ? "hidden 2xl:inline" : ""}`}
          >
            {link.label}
          </Link>
        ))}
      </nav>
      {here && here.href !== "/inbox" && (
        <span className="truncate text-sm text-slate-600 xl:hidden">{here.label}</span>
      )}
      <div className="ml-auto flex items-center gap-1 sm:gap-2">
        <MentionsLink className={linkClass} current={pathname.startsWith("/mentions")} />
        <ConnectionStatus />
        <span className="hidden xl:inline">
          <AlertsToggle compact />
        </span>
        {/* An admin's dozen pages fill a laptop's header: there the avatar alone says who is signed in. */}
        <span className="sr-only text-sm text-slate-700 2xl:not-sr-only">{viewer.name}</span>
        <span title={viewer.name} className="flex">
          <Avatar name={viewer.name} id={viewer.id} />
        </span>
        <span className="hidden xl:inline">{signOutButton}</span>
        <span className="xl:hidden">
          <Popover
            align="end"
            width="w-56"
            label="Menu"
            trigger={
              <button type="button" className={linkClass} aria-label="Menu">
                Menu
              </button>
            }
          >
            <nav aria-label="Main" className="flex flex-col">
              {links.map((link) => (
                <PopoverClose asChild key={link.href}>
                  <Link href={link.href} aria-current={link === here ? "page" : undefined} className={linkClass}>
                    {link.label}
                  </Link>
                </PopoverClose>
              ))}
            </nav>
            <div className="mt-1 flex flex-col border-t border-slate-200 pt-1">
              <AlertsToggle />
              {signOutButton}
            </div>
          </Popover>
        </span>
      </div>
    </header>
  );
}
