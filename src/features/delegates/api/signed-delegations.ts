import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { getPublicClient } from "@/chain/client";
import {
  readDelegationHolder,
  readTokenDomain,
  recoverDelegationSigner,
} from "@/chain/reads/delegation-holder";
import { signDelegation } from "@/chain/write/sign-delegation";
import { submitDelegationsCall } from "@/chain/write/submit-delegations";
import { chainFor } from "@/config/chains";
import type { SignedDelegation } from "@/contracts/delegation-eip712";
import { delegationProblems, delegationToJson, parseDelegation } from "@/domain/delegation/signed-delegation";
import { useTokenWrite } from "./use-token-write";

const STORE = "plenum.delegations.v1";

/** Delegations signed in this browser (newest first), as JSON strings. */
export function signedHere(): SignedDelegation[] {
  try {
    const list = JSON.parse(localStorage.getItem(STORE) ?? "[]") as unknown;
    if (!Array.isArray(list)) return [];
    return list.flatMap((x) => {
      try {
        return [parseDelegation(String(x))];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function remember(d: SignedDelegation) {
  const list = [delegationToJson(d), ...signedHere().map(delegationToJson)].slice(0, 50);
  localStorage.setItem(STORE, JSON.stringify(list));
}

/** Signs a Delegation with the connected wallet and keeps it in this browser; nothing is sent to the chain. */
export function useSignDelegation(chainId: number, token: Address) {
  const config = useConfig();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (p: { delegatee: Address; expiry: bigint }) => {
      const signed = await signDelegation(config, { chainId, token, ...p });
      remember(signed);
      return signed;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ["delegates", "signed-here"] }),
  });
}

/** The delegations this browser signed, for the me page. */
export function useSignedHere(chainId: number, token: Address | null) {
  return useQuery({
    queryKey: ["delegates", "signed-here", { chainId, token }] as const,
    queryFn: ({ queryKey: [, , k] }) =>
      signedHere().filter((d) => d.chainId === k.chainId && d.token.toLowerCase() === k.token?.toLowerCase()),
  });
}

/** Every reason each delegation would fail if submitted now (checked against the chain, before any transaction). */
export function delegationChecksQueryOptions(p: {
  chainId: number;
  governor: Address;
  token: Address;
  list: string[];
}) {
  return queryOptions({
    queryKey: ["delegates", "sig-check", p] as const,
    queryFn: async ({ queryKey: [, , k] }) => {
      const client = getPublicClient(k.chainId);
      const domain = await readTokenDomain(client, k.token);
      return Promise.all(
        k.list.map(async (json) => {
          const d = parseDelegation(json);
          const [holder, signer] = await Promise.all([
            readDelegationHolder(client, k.token, d.delegator),
            recoverDelegationSigner(domain, d),
          ]);
          return delegationProblems(d, {
            chainId: k.chainId,
            token: k.token,
            currentNonce: holder.nonce,
            currentDelegate: holder.delegate,
            balance: holder.balance,
            nowSeconds: holder.timestamp,
            signer,
          });
        }),
      );
    },
    staleTime: 0,
  });
}

/** Checks the delegations pasted for submission (idle when there are none). */
export function useDelegationChecks(
  chainId: number,
  governor: Address,
  token: Address,
  list: readonly SignedDelegation[],
) {
  return useQuery({
    ...delegationChecksQueryOptions({ chainId, governor, token, list: list.map(delegationToJson) }),
    enabled: list.length > 0,
  });
}

/** Submits signed delegations in one transaction (delegateBySig, or Multicall3 for several). */
export function useSubmitDelegations(chainId: number, governor: Address, token: Address) {
  const write = useTokenWrite(chainId, governor);
  const multicall3 = chainFor(chainId).contracts?.multicall3?.address ?? null;
  return {
    ...write,
    canBatch: multicall3 !== null,
    submit: (list: readonly SignedDelegation[]) =>
      write.send(submitDelegationsCall(chainId, token, multicall3, list)),
  };
}
