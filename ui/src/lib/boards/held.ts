// The board frames the UI holds, by key (src-tauri/crates/project/src/payload.rs: a hash of the frame). Commands that lay out again
// send the keys held; the shell sends every board again except those (as null), and this puts the held frames back
// in their places — the very same objects, so the canvas and the outline redraw only the boards that changed. In a
// board that changed, the items equal to the ones the board with that id held are kept too, so the canvas draws
// again only the items that changed (a one-word edit: one paragraph).
import type { BoardsPayload } from "../bindings/BoardsPayload";
import type { BoardFrame, Frames } from "./frames";

/** A layout as the boards view uses it: the payload with every board's frame. */
export type Layout = Omit<BoardsPayload, "frames" | "keys"> & { frames: Frames };

export class HeldFrames {
  private byKey = new Map<string, BoardFrame>();

  /** The keys of the boards held, to send with a command. */
  get known(): string[] {
    return [...this.byKey.keys()];
  }

  /** The whole layout of a payload, holding its boards from now on; null when the payload leaves out a board that
   *  is not held (then ask for the whole layout: a payload sent without keys has every board). */
  take(payload: BoardsPayload): Layout | null {
    const byId = new Map([...this.byKey.values()].map((b) => [b.id, b]));
    const boards: BoardFrame[] = [];
    for (const [i, key] of payload.keys.entries()) {
      const sent = payload.frames.boards[i];
      const frame = sent ? keepItems(sent, byId.get(sent.id)) : this.byKey.get(key);
      if (!frame) return null;
      boards.push(frame);
    }
    this.byKey = new Map(payload.keys.map((key, i) => [key, boards[i]]));
    const { frames: _frames, keys: _keys, ...rest } = payload;
    return { ...rest, frames: { boards } };
  }
}

/** `board` with each item equal to the item of the same id on `before` replaced by that very object. */
function keepItems(board: BoardFrame, before: BoardFrame | undefined): BoardFrame {
  if (!before) return board;
  const old = new Map(before.items.map((i) => [i.id, i]));
  let kept = 0;
  const items = board.items.map((item) => {
    const o = old.get(item.id);
    if (o && JSON.stringify(o) === JSON.stringify(item)) {
      kept++;
      return o;
    }
    return item;
  });
  return kept ? { ...board, items } : board;
}
