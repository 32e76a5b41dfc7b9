"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { SubmitButton } from "@/components/ui/button";
import { Field, FormError, SelectField } from "@/components/ui/field";
import { useSubmit } from "@/components/ui/use-submit";
import type { OrganizationJson } from "@/lib/accounts/json";
import { patchOrganization } from "@/lib/queries/settings-endpoints";
import { timeZones } from "@/lib/time-zone";

/** The organization's name and time zone (admins): business hours are in that zone. */
export function OrganizationView({ organization }: { organization: OrganizationJson }) {
  const router = useRouter();
  const [name, setName] = useState(organization.name);
  const [timeZone, setTimeZone] = useState(organization.timeZone);
  // The clock only in the browser: the server's locale and minute are not the reader's.
  const [now, setNow] = useState<Date>();
  useEffect(() => setNow(new Date()), []);
  const zones = useMemo(() => {
    const known = timeZones();
    return known.includes(organization.timeZone) ? known : [organization.timeZone, ...known];
  }, [organization.timeZone]);
  const save = useSubmit(async (change: { name: string; timeZone: string }) => {
    await patchOrganization(change);
    toast.success("Organization saved");
    router.refresh();
  });
  const unchanged = name.trim() === organization.name && timeZone === organization.timeZone;
  return (
    <main className="mx-auto h-full max-w-xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Organization</h1>
        <p className="mt-1 text-sm text-slate-600">
          What everyone in {organization.name} shares. Who changed what is in the{" "}
          <Link href="/settings/audit" className="text-blue-800 underline">
            audit log
          </Link>
          .
        </p>
      </div>
      <form
        aria-label="Organization"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run({ name: name.trim(), timeZone });
        }}
      >
        <Field
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          error={save.fieldErrors.name}
        />
        <SelectField
          label="Time zone"
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          options={zones}
          hint={`Webchat business hours are in this zone.${now ? ` It is ${clock(timeZone, now)} there now.` : ""}`}
          error={save.fieldErrors.timeZone}
        />
        <FormError message={save.error} />
        <SubmitButton variant="primary" disabled={save.pending || !name.trim() || unchanged}>
          Save
        </SubmitButton>
      </form>
    </main>
  );
}

function clock(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat(undefined, {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
    }).format(now);
  } catch {
    return "unknown";
  }
}
