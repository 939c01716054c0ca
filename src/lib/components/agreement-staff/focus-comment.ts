/** Brings a comment's card into view with the focus on its first verdict (or on the card, when it has none). */
export function focusComment(id: string): void {
  const card = document.getElementById(`comment-${id}`);
  card?.scrollIntoView({ block: 'start' });
  (card?.querySelector<HTMLInputElement>('input[type=radio]') ?? card)?.focus();
}
