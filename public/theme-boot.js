// Sets the theme before first paint so a dark-mode visitor never sees a white flash.
// A classic script file rather than inline, so the Content-Security-Policy can forbid inline script.
(() => {
  try {
    let t = localStorage.getItem("plenum.theme");
    if (t !== "light" && t !== "dark")
      t = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    document.documentElement.dataset.theme = t;
    document.documentElement.style.colorScheme = t;
  } catch {}
})();
