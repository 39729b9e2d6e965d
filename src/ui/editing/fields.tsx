import { type ReactNode, useEffect, useId, useRef, useState } from "react";

// Form fields that edit the document as the user types. Each keeps a local
// draft so that a refused value (an empty name) never fights the cursor, and
// follows the document when it changes from elsewhere (undo, another panel).

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Return false to keep the draft without committing it (e.g. an empty name). */
  readonly onChange: (value: string) => boolean | undefined;
  readonly multiline?: boolean;
  readonly maxLength?: number;
  readonly hint?: string;
  /** Focus and select the text whenever this number changes. */
  readonly focusSeq?: number;
  readonly className?: string;
}

export function TextField({
  label,
  value,
  onChange,
  multiline,
  maxLength,
  hint,
  focusSeq,
  className,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [refused, setRefused] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    setDraft(value);
    setRefused(false);
  }, [value]);
  useEffect(() => {
    if (focusSeq === undefined || focusSeq === 0) return;
    ref.current?.focus();
    ref.current?.select();
  }, [focusSeq]);
  const change = (next: string) => {
    setDraft(next);
    setRefused(onChange(next) === false);
  };
  const common = {
    id,
    ref,
    value: draft,
    maxLength,
    "aria-invalid": refused || undefined,
    "aria-describedby": refused && hint ? `${id}-hint` : undefined,
  };
  return (
    <div className={`form-field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={Math.min(6, Math.max(2, Math.ceil(draft.length / 40)))}
          onChange={(e) => change(e.currentTarget.value)}
        />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.currentTarget.value)} />
      )}
      {refused && hint && (
        <p className="form-field__hint" id={`${id}-hint`} role="alert">
          {hint}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T | undefined;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  /** Offer "none" (clears the field) with this label. */
  readonly noneLabel?: string;
  readonly onChange: (value: T | undefined) => void;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  noneLabel,
  onChange,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.currentTarget.value === "" ? undefined : (e.currentTarget.value as T))}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
