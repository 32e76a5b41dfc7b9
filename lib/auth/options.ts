import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; organizationId: string; role: Role };
  }
  interface User {
    organizationId: string;
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    organizationId?: string;
    role?: Role;
  }
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // A thrown error's message reaches the sign-in page as ?error=...; null means wrong credentials.
      authorize: async (credentials) => {
        if (!credentials?.email || !credentials.password) return null;
        return verifyCredentials({ email: credentials.email, password: credentials.password });
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        token.userId = user.id;
        token.organizationId = user.organizationId;
        token.role = user.role;
      }
      return token;
    },
    session: ({ session, token }) => ({
      ...session,
      user: {
        id: token.userId ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        organizationId: token.organizationId ?? "",
        role: token.role ?? "AGENT",
      },
    }),
  },
};
