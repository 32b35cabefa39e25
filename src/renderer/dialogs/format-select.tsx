/** The labelled export-format picker shared by the export and export-all dialogs. */
import { exportFormats, type ExportFormat } from '../../core';
import { useT } from '../i18n/locale-store';
import { formatNames } from './format-names';

/** Props of the format picker. */
export interface FormatSelectProps {
  readonly value: ExportFormat;
  readonly onChange: (format: ExportFormat) => void;
  readonly testId: string;
  readonly disabled?: boolean;
}

/** A select of every export format, named in the UI language. */
export function FormatSelect({ value, onChange, testId, disabled }: FormatSelectProps): React.JSX.Element {
  const t = useT();
  return (
    <label className="field">
      <span>{t('exportFormat')}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as ExportFormat)} disabled={disabled}>
        {exportFormats.map((f) => (
          <option key={f} value={f}>
            {t(formatNames[f])}
          </option>
        ))}
      </select>
    </label>
  );
}
