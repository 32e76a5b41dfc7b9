import { body, text } from "@/lib/schemas";

export const createTokenInput = body({
  name: text({ min: 1, max: 100, trim: true }),
});
