// The ticket status filter both lists use: the open statuses together, every status, or one.
import { t, tk } from '../i18n/index';

export const STATUSES = ['acknowledged', 'inProgress', 'pending', 'resolved', 'closed', 'cancelled'];
export const OPEN = 'acknowledged,inProgress,pending';

export function StatusSelect(props: { id: string; label: string; value: string; onChange: (value: string) => void; openFirst?: boolean }) {
  const open = <option value={OPEN}>{t('tickets.openStatuses')}</option>;
  const all = <option value="">{t('tickets.allStatuses')}</option>;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        {props.openFirst ? open : all}
        {props.openFirst ? all : open}
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {tk('status', s)}
          </option>
        ))}
      </select>
    </div>
  );
}
