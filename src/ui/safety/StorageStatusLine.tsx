import { useEffect, useState } from "react";
import { formatNumber, type Language } from "../../i18n/translate";
import type { StorageStatus } from "../../persistence/browserStorage";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useSafety } from "./context";

// In the Documents dialog: how much of the browser's storage the documents use,
// how much is available, and whether the browser keeps it when space runs low.

function size(language: Language, bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(language, Number(value.toFixed(unit === 0 ? 0 : 1)))} ${units[unit]}`;
}

export function StorageStatusLine() {
  const t = useT();
  const safety = useSafety();
  const language = useApp((s) => s.language);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let live = true;
    void safety?.storageStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, [safety]);

  if (!safety || !status) return null;
  return (
    <section className="storage-status" aria-labelledby="storage-status-title">
      <h3 id="storage-status-title">{t("storage.title")}</h3>
      <p>
        {status.usage !== null && status.quota !== null
          ? t("storage.usage", { used: size(language, status.usage), quota: size(language, status.quota) })
          : t("storage.unknown")}
      </p>
      {status.persisted !== null && (
        <p className={status.persisted ? "storage-status__ok" : "storage-status__warn"}>
          {status.persisted ? t("storage.persistent") : t("storage.notPersistent")}
        </p>
      )}
      {status.persisted === false && (
        <button
          type="button"
          onClick={() =>
            void safety.requestPersistence().then(async (granted) => {
              setRefused(granted !== true);
              setStatus(await safety.storageStatus());
            })
          }
        >
          {t("storage.ask")}
        </button>
      )}
      {refused && status.persisted === false && <p>{t("storage.refused")}</p>}
    </section>
  );
}
