import { useEffect, useId, useState } from "react";

// Form fields that commit on blur or Enter (one undo step per edit), and take
// the stored value back when it changes elsewhere (undo, another panel).

export function TextField({
  label,
  value,
  onCommit,
  maxLength,
  multiline = false,
  required = false,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft === value) return;
    if (required && draft.trim() === "") {
      setDraft(value);
      return;
    }
    onCommit(draft);
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={draft}
          maxLength={maxLength}
          rows={3}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
        />
      ) : (
        <input
          id={id}
          value={draft}
          maxLength={maxLength}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setDraft(value);
          }}
        />
      )}
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
