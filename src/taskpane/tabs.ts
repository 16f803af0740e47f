/**
 * The pane's tabs (WAI-ARIA tabs pattern): Health score (the wizard) first, Functions, Share.
 * ←/→ move between tabs (mirrored in right-to-left), Home/End jump; the selected tab alone is
 * in the Tab order. `onSelect` hears every selection (the Share tab loads its code on the first).
 */
export function setUpTabs(
  tablist: HTMLElement,
  onSelect: (tab: HTMLElement) => void = () => undefined
): void {
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(other.getAttribute("aria-controls") ?? "");
      if (panel) panel.hidden = !selected;
    }
    onSelect(tab);
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const rtl = getComputedStyle(tablist).direction === "rtl";
      const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
      const index = tabs.indexOf(tab);
      const target =
        event.key === "Home"
          ? tabs[0]
          : event.key === "End"
            ? tabs[tabs.length - 1]
            : step !== undefined
              ? tabs[(index + step + tabs.length) % tabs.length]
              : undefined;
      if (!target) return;
      event.preventDefault();
      select(target);
      target.focus();
    });
  }
  select(tabs.find((tab) => tab.getAttribute("aria-selected") === "true") ?? tabs[0]);
}
