// Messages of the boards view (outline, canvas, inspector, settings, export). Part of the one catalogue in ../i18n.ts.
export const boards = {
  title: "展板",
};
