import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { getAddress } from "viem";
import { hasRpc } from "@/chain/client";
import { chainName, knownChains } from "@/config/chains";
import { devnetInfo } from "@/config/devnet";
import { userChainIds } from "@/config/rpc-settings";
import { recentDaos } from "@/features/dao/api/recent-daos";
import { type DaoLinkItem, DaoLinks } from "@/features/dao/components/dao-links";
import { DaoPickerForm } from "@/features/dao/components/dao-picker-form";

const hrefFor = (d: { chainId: number; address: string }) => `#/${d.chainId}/${d.address}/`;

/** `#/`: the devnet's DAOs (when served), recent DAOs, and a form to open any governor. */
export function PickerPage() {
  const navigate = useNavigate();
  const [recent] = useState(recentDaos);
  const devnet = devnetInfo();
  const devnetItems: DaoLinkItem[] =
    devnet?.daos.map((d) => ({
      chainId: devnet.chainId,
      address: getAddress(d.governor),
      name: d.name,
      chainName: chainName(devnet.chainId),
      note: d.timelock ? "timelock treasury" : "governor treasury",
    })) ?? [];
  const recentItems: DaoLinkItem[] = recent.map((d) => ({ ...d, chainName: chainName(d.chainId) }));
  const known = knownChains.map((k) => k.chain.id);
  const chains = [...new Set([...(devnet ? [devnet.chainId] : []), ...known, ...userChainIds()])]
    .filter((id) => id !== 31337 || hasRpc(id))
    .map((id) => ({ id, name: chainName(id) }));

  return (
    <>
      <h1>Choose a DAO</h1>
      <div className="grid-2">
        <div>
          {devnetItems.length > 0 && (
            <DaoLinks title="Devnet DAOs" items={devnetItems} empty="" hrefFor={hrefFor} />
          )}
          <DaoLinks
            title="Recent DAOs"
            items={recentItems}
            empty="DAOs you open will be listed here (kept in this browser only)."
            hrefFor={hrefFor}
          />
        </div>
        <section className="panel">
          <DaoPickerForm
            chains={chains}
            hasRpc={hasRpc}
            onOpen={({ chainId, address }) =>
              void navigate({
                to: "/$chainId/$governor",
                params: { chainId: String(chainId), governor: address },
              })
            }
          />
        </section>
      </div>
    </>
  );
}
