import { createOrganization } from "@/lib/accounts/first-run";
import { setupInput } from "@/lib/accounts/schemas";
import { db } from "@/lib/db/client";
import { publicRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";

// First run: the organization and its first admin, on a database with no users; 409 ever after.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute({ input: setupInput }, async ({ input }) => {
    const { organization, admin } = await createOrganization(db, input, { onlyIfEmpty: true });
    return json(
      {
        data: {
          organization: { _id: organization.id, name: organization.name },
          admin: { _id: admin.id, email: admin.email },
        },
      },
      201,
    );
  }),
});
