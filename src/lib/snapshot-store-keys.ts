/** Where a DAO's last confirmed proposal list is stored in the snapshot database (one entry per DAO). */
export const listSnapshotKey = (chainId: number, governor: string): string =>
  `proposal-list:${chainId}:${governor.toLowerCase()}`;
