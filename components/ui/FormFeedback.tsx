/**
 * A form's outcome under it: success in a status region, a refusal in an alert (its id
 * for the field's `aria-describedby`). Both stay mounted while empty, so screen readers
 * announce the text when it arrives.
 */
export function FormFeedback({ done, error, errorId }: { done: string; error: string; errorId: string }) {
  return (
    <>
      <p role="status" className="font-medium text-green-900 empty:hidden">
        {done}
      </p>
      <p id={errorId} role="alert" className="font-medium text-red-900 empty:hidden">
        {error}
      </p>
    </>
  );
}
