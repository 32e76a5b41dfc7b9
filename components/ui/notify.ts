import { toast } from "sonner";

/** A mutation's onError: the toast says what could not be done, and the server's reason. */
export const failed = (what: string) => (error: Error) => toast.error(what, { description: error.message });
