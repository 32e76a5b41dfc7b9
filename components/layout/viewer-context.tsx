"use client";
import { createContext, useContext } from "react";
import type { ViewerInfo } from "@/lib/auth/viewer";

const ViewerContext = createContext<ViewerInfo | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: ViewerInfo; children: React.ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in user, from the session the server layout checked. */
export function useViewer(): ViewerInfo {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside of the signed-in layout");
  return viewer;
}
