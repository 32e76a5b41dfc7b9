import { z } from "zod";
import { boundedInt, text } from "@/lib/schemas";

export const contactsQuery = z.object({
  q: text({ max: 100, trim: true }).optional(),
  cursor: text({ max: 200 }).optional(),
  limit: boundedInt(1, 100).default(50),
});
