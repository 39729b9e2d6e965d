import type { AppStore } from "../store/appStore";
import { StoreProvider, useApp } from "../store/context";
import { type Commands, CommandsProvider } from "./commands";
import { DetailsPanel } from "./DetailsPanel";
import { DocumentsDialog } from "./DocumentsDialog";
import { TreeActionsProvider } from "./editing/context";
import { Shortcuts } from "./editing/Shortcuts";
import { FileDrop } from "./FileDrop";
import { IllustrativeBanner } from "./IllustrativeBanner";
import { Messages } from "./Messages";
import { type SafetyCommands, SafetyProvider } from "./safety/context";
import { SafetyBanners } from "./safety/SafetyBanners";
import { DiagnosticsRegion } from "./structure/DiagnosticsRegion";
import { TopBar } from "./TopBar";
import { UpdatePrompt } from "./UpdatePrompt";
import { VersionComparePanel } from "./versions/VersionComparePanel";
import { VersionsDialog } from "./versions/VersionsDialog";
import { VIEWS } from "./views";

export function App({
  store,
  commands,
  safety = null,
}: {
  store: AppStore;
  commands: Commands;
  safety?: SafetyCommands | null;
}) {
  return (
    <StoreProvider store={store}>
      <CommandsProvider commands={commands}>
        <SafetyProvider safety={safety}>
          <TreeActionsProvider>
            <Shortcuts />
            <FileDrop>
              <div className="app">
                <TopBar />
                <IllustrativeBanner />
                <SafetyBanners />
                <Messages />
                <UpdatePrompt />
                <main className="workspace">
                  <ActiveView />
                  <SidePanel />
                </main>
                <DocumentsDialog />
                <VersionsDialog />
              </div>
            </FileDrop>
          </TreeActionsProvider>
        </SafetyProvider>
      </CommandsProvider>
    </StoreProvider>
  );
}

/** The details of the selection, or while a saved version is compared, the changes since it. */
function SidePanel() {
  const compare = useApp((s) => s.versionCompare);
  return compare ? <VersionComparePanel compare={compare} /> : <DetailsPanel />;
}

function ActiveView() {
  const view = useApp((s) => s.view);
  const definition = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  return (
    <section
      className="workspace__canvas"
      id={`view-${definition.id}`}
      role="tabpanel"
      aria-labelledby={`tab-${definition.id}`}
    >
      {definition.render()}
      <DiagnosticsRegion />
    </section>
  );
}
