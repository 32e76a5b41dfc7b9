import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { authRoute } from "@/lib/http/auth-route";

// next-auth's endpoints (sign-in, sign-out, session, CSRF), behind our body limit and sign-in limits.
const handler = authRoute(NextAuth(authOptions));

export { handler as GET, handler as POST };
