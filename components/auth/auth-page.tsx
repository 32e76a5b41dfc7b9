/** The frame of the pages before sign-in: a centred card with a title. */
export function AuthPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
          {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
        </div>
        {children}
      </div>
    </main>
  );
}

export const cardClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm";
