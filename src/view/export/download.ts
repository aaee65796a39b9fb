// Hands a file to the browser's downloads: a Blob behind an object URL, clicked through an <a download>.
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(name: string, type: string, text: string): void {
  download(name, new Blob([text], { type }));
}
