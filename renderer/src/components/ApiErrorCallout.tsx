import { Callout, Text } from '@radix-ui/themes';
import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';

/**
 * A call that failed, said where it failed: the engine's message, after a bold title (`title`, or the error code's
 * translated title with `codeTitle`) or a short lead ("Could not load: …"). One red callout for every API error, so
 * they look and read alike (and screen readers hear them: role="alert"). Failed opens have their own ErrorCallout.
 */
export function ApiErrorCallout({
  error,
  title,
  codeTitle = false,
  lead,
  icon = true,
  mt,
}: {
  error: Pick<ApiError, 'message'> & Partial<Pick<ApiError, 'code'>>;
  title?: ReactNode;
  codeTitle?: boolean;
  lead?: string;
  /** Small inline callouts (a list that failed to load) go without the icon. */
  icon?: boolean;
  mt?: '3' | '4';
}) {
  const { t } = useTranslation();
  const bold = codeTitle && error.code ? t(`errors.title.${error.code}`) : title;
  return (
    <Callout.Root color="red" role="alert" mt={mt}>
      {icon && (
        <Callout.Icon>
          <CircleAlert size={16} />
        </Callout.Icon>
      )}
      <Callout.Text>
        {bold !== undefined ? (
          <>
            <Text weight="bold">{bold}</Text> {error.message}
          </>
        ) : lead !== undefined ? (
          `${lead}: ${error.message}`
        ) : (
          error.message
        )}
      </Callout.Text>
    </Callout.Root>
  );
}
