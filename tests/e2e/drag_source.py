#!/usr/bin/python3
"""A tiny GTK window that offers files for drag and drop, as a file manager does (text/uri-list), for the real
OS-level drag-and-drop test (tests/e2e/dragdrop.test.mjs). Usage: drag_source.py X Y FILE...  The window sits at
(X, Y), 100x100 px; it prints "ready" once mapped and "dropped" when the drag ends."""
import sys
from pathlib import Path

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

x, y, files = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
uris = [Path(f).resolve().as_uri() for f in files]

win = Gtk.Window(title="zhanban-drag-source")
win.set_default_size(100, 100)
win.move(x, y)
box = Gtk.EventBox()
box.add(Gtk.Label(label="照片"))
win.add(box)
box.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
box.drag_source_add_uri_targets()
box.connect("drag-data-get", lambda _w, _ctx, data, _info, _time: data.set_uris(uris))
box.connect("drag-end", lambda *_: (print("dropped", flush=True), GLib.timeout_add(500, Gtk.main_quit)))
win.connect("destroy", Gtk.main_quit)
win.connect("map-event", lambda *_: print("ready", flush=True))
win.show_all()
Gtk.main()
