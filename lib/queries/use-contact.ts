"use client";
import { useQuery } from "@tanstack/react-query";
import { getContact } from "@/lib/queries/endpoints";
import { contactKeys } from "@/lib/queries/keys";

export function useContact(id: string | null) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? ""),
    queryFn: ({ signal }) => getContact(id ?? "", { signal }),
    enabled: id !== null,
  });
}
