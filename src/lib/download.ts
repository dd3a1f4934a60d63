/** Offers a blob to the user as a file download (no server: an object URL, revoked right after the click). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** Offers CSV text as a file download. */
export const downloadCsv = (text: string, fileName: string) =>
  downloadBlob(new Blob([text], { type: "text/csv;charset=utf-8" }), fileName);

/** Offers a value as a pretty-printed JSON file download. */
export const downloadJson = (value: unknown, fileName: string) =>
  downloadBlob(new Blob([JSON.stringify(value, null, 2)], { type: "application/json" }), fileName);
