import { personJson } from "@/lib/accounts/json";
import { changePerson } from "@/lib/accounts/people";
import { changePersonInput } from "@/lib/accounts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// An admin changes someone's role, or deactivates / reactivates them.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: changePersonInput }, async ({ viewer, params, input }) => ({
    data: personJson(await changePerson(viewer, params.id, input)),
  })),
});
