import { useState } from "react";
import { chainName, DEVNET_CHAIN_ID, knownChains } from "@/config/chains";
import { userChainIds } from "@/config/rpc-settings";
import { chainRpcSettings, saveChainRpcUrls, testRpcUrl } from "@/features/settings/api/rpc-settings";
import { AddChainForm } from "@/features/settings/components/add-chain-form";
import { ChainRpcEditor } from "@/features/settings/components/chain-rpc-editor";
import { CachePanel } from "@/features/sync/components/cache-panel";

/** `#/settings`: RPC URLs per chain and the local chain cache (size, export, import, clear). */
export function SettingsPage() {
  const [extra, setExtra] = useState<number[]>([]);
  // The devnet leads when it is running: it is what a newcomer edits first.
  const known = knownChains
    .map((k) => k.chain.id)
    .sort((a, b) => Number(b === DEVNET_CHAIN_ID) - Number(a === DEVNET_CHAIN_ID));
  const ids = [...new Set([...known, ...userChainIds(), ...extra])];
  const chains = chainRpcSettings(ids.map((id) => ({ id, name: chainName(id) })));
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">
        Plenum reads the chain through these RPC URLs, from your browser. They are kept in this browser only.
        Wallet connections pick up newly added chains after a reload.
      </p>
      <h2>RPC endpoints</h2>
      <div className="grid-2">
        {chains.map((c) => (
          <ChainRpcEditor
            key={c.chainId}
            chain={c}
            onSave={(urls) => saveChainRpcUrls(c.chainId, urls)}
            onTest={(url) => testRpcUrl(url, c.chainId)}
          />
        ))}
        <AddChainForm known={ids} onAdd={(id) => setExtra((e) => [...e, id])} />
      </div>
      <CachePanel />
    </>
  );
}
