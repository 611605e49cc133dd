// Messages of the write-up view (paste, "what we understood", editing). Part of the one catalogue in ../i18n.ts.
export const writeup = {
  title: "文稿",
};
