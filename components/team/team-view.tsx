"use client";
import Link from "next/link";
import { PersonLabel } from "@/components/ui/person";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useUsers } from "@/lib/queries/use-users";

/** Each person with their open assigned conversations; a row opens that person's queue in the inbox. */
export function TeamView() {
  const users = useUsers();
  return (
    <main className="mx-auto h-full max-w-3xl overflow-y-auto p-4">
      <h1 className="text-xl font-semibold text-slate-900">Team</h1>
      <p className="mt-1 text-sm text-slate-600">
        Open conversations assigned to each person. Open a queue to reassign its threads.
      </p>
      <div className="mt-4 rounded-lg border border-slate-200 bg-white">
        <QueryStates
          query={users}
          loading="Loading team"
          lines={2}
          isEmpty={users.data?.length === 0}
          empty={<EmptyState title="No people yet" />}
        />
        {/* On a phone: no role column, tighter cells; nothing runs off the screen. */}
        <table className="w-full text-sm [&_td]:px-2 sm:[&_td]:px-4 [&_th]:px-2 sm:[&_th]:px-4">
          <caption className="sr-only">Open conversations per person</caption>
          {users.data && (
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Person
                </th>
                <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
                  Role
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Open assigned
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">Queue</span>
                </th>
              </tr>
            </thead>
          )}
          <tbody>
            {users.data?.map((user) => (
              <tr key={user._id} className="border-t border-slate-100">
                <td className="px-4 py-2">
                  <PersonLabel id={user._id} fullName={user.fullName} email={user.email} />
                </td>
                <td className="hidden px-4 py-2 text-slate-700 capitalize sm:table-cell">{user.role.toLowerCase()}</td>
                <td className="px-4 py-2 text-right text-slate-900 tabular-nums">{user.openAssigned}</td>
                <td className="px-4 py-2 text-right">
                  <Link
                    href={`/inbox?view=all&assignee=${user._id}`}
                    className="font-medium text-blue-800 hover:underline"
                  >
                    Open queue<span className="sr-only"> of {user.fullName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
