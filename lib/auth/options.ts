import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sameSiteUrl } from "@/lib/auth/callback-url";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; organizationId: string; role: Role; sessionVersion: number };
  }
  interface User {
    organizationId: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    organizationId?: string;
    role?: Role;
    sessionVersion?: number;
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
      // Never throws: a thrown error's text would reach the sign-in page (review M3). Null is a
      // wrong email or password; the attempt limits answer before this (lib/http/auth-route.ts).
      authorize: async (credentials, request) => {
        try {
          return await verifyCredentials(credentials ?? {}, clientAddress(new Headers(request.headers ?? {})));
        } catch (error) {
          logger().error({ err: error }, "sign-in failed on our side");
          return null;
        }
      },
    }),
  ],
  events: {
    // Signing out ends the session for good, not only in this browser: a copied cookie carries a
    // session version that no longer matches (review M8). It ends the user's other sessions too.
    signOut: async ({ token }) => {
      if (typeof token?.userId !== "string") return;
      await db.user.updateMany({ where: { id: token.userId }, data: { sessionVersion: { increment: 1 } } });
    },
  },
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        token.userId = user.id;
        token.organizationId = user.organizationId;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    // Only our own pages, whatever a callbackUrl says; never throws (lib/auth/callback-url.ts).
    redirect: ({ url, baseUrl }) => sameSiteUrl(url, baseUrl) ?? baseUrl,
    session: ({ session, token }) => ({
      ...session,
      user: {
        id: token.userId ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        organizationId: token.organizationId ?? "",
        role: token.role ?? "AGENT",
        sessionVersion: token.sessionVersion ?? -1,
      },
    }),
  },
};
