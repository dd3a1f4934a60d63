import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { sendContractDeploy } from "@/chain/write/deploy-contract";
import { ethicsCharterAbi, ethicsCharterBytecode } from "@/contracts/generated/ethics-charter";
import type { WriteStep } from "@/lib/write-step";
import { adoptedChartersQueryOptions, rememberAdoptedCharter } from "./adopted-charters";

/** Deploys an EthicsCharter owned by the DAO's executor from the connected wallet, and remembers it here. */
export function useAdoptCharter(chainId: number, governor: Address, executor: Address) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<WriteStep>({ kind: "idle" });
  const [deployed, setDeployed] = useState<Address | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      sendContractDeploy(
        config,
        { chainId, abi: ethicsCharterAbi, bytecode: ethicsCharterBytecode, args: [executor] },
        setStep,
      ),
    onError: (error) => setStep({ kind: "failed", error }),
    onSuccess: ({ address }) => {
      rememberAdoptedCharter({ chainId, governor }, address);
      setDeployed(address);
      return queryClient.invalidateQueries({
        queryKey: adoptedChartersQueryOptions({ chainId, governor }).queryKey,
      });
    },
  });
  return { step, deployed, adopt: () => mutation.mutateAsync().catch(() => undefined) };
}
