//! The combined review PDF, written page by page: each board's finished document is renumbered and its objects
//! streamed to the file at once, so memory holds one board at a time however many boards there are. Only the
//! first board's OutputIntent profile, XMP and Info are kept (the others are identical). Owns this streaming writer
//! and its small object serializer (lopdf keeps its own private); must not build boards itself.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Object, ObjectId};

use crate::error::{PdfError, Result};

const PAGES_ID: u32 = 1;
const CATALOG_ID: u32 = 2;

pub(crate) struct StreamingPdf {
    w: BufWriter<File>,
    tmp: PathBuf,
    /// The file being written, as the user knows it (errors name this, never the temporary name).
    out: PathBuf,
    pos: u64,
    offsets: Vec<(u32, u64)>,
    next_id: u32,
    kids: Vec<Object>,
    catalog_extra: Vec<(Vec<u8>, Object)>,
    info: Option<ObjectId>,
}

fn write_name(w: &mut Vec<u8>, n: &[u8]) {
    w.push(b'/');
    for &b in n {
        if (0x21..=0x7e).contains(&b) && !b"#()<>[]{}/%".contains(&b) {
            w.push(b);
        } else {
            w.extend(format!("#{b:02X}").bytes());
        }
    }
}

fn write_obj(w: &mut Vec<u8>, o: &Object) {
    match o {
        Object::Null => w.extend(b"null"),
        Object::Boolean(b) => w.extend(if *b { &b"true"[..] } else { &b"false"[..] }),
        Object::Integer(i) => w.extend(i.to_string().bytes()),
        Object::Real(r) => w.extend(format!("{}", if r.is_finite() { *r } else { 0.0 }).bytes()),
        Object::Name(n) => write_name(w, n),
        Object::String(s, _) => {
            w.push(b'<');
            for b in s {
                w.extend(format!("{b:02X}").bytes());
            }
            w.push(b'>');
        }
        Object::Array(a) => {
            w.push(b'[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    w.push(b' ');
                }
                write_obj(w, x);
            }
            w.push(b']');
        }
        Object::Dictionary(d) => write_dict(w, d),
        Object::Stream(_) => {} // streams are written by `write_indirect`
        Object::Reference((id, g)) => w.extend(format!("{id} {g} R").bytes()),
    }
}

fn write_dict(w: &mut Vec<u8>, d: &Dictionary) {
    w.extend(b"<<");
    for (k, v) in d.iter() {
        write_name(w, k);
        w.push(b' ');
        write_obj(w, v);
    }
    w.extend(b">>");
}

impl StreamingPdf {
    pub fn create(out: &Path) -> Result<Self> {
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let tmp = out.with_file_name(crate::export::part_name(&name));
        let file = File::create(&tmp).map_err(|e| PdfError::io(out, e))?;
        let mut s = StreamingPdf {
            w: BufWriter::with_capacity(1 << 20, file),
            tmp,
            out: out.to_path_buf(),
            pos: 0,
            offsets: Vec::new(),
            next_id: 3,
            kids: Vec::new(),
            catalog_extra: Vec::new(),
            info: None,
        };
        s.put(b"%PDF-1.6\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(s)
    }

    fn put(&mut self, b: &[u8]) -> Result<()> {
        self.w.write_all(b).map_err(|e| PdfError::io(&self.out, e))?;
        self.pos += b.len() as u64;
        Ok(())
    }

    fn write_indirect(&mut self, id: u32, o: &Object) -> Result<()> {
        self.offsets.push((id, self.pos));
        let mut head = format!("{id} 0 obj\n").into_bytes();
        match o {
            Object::Stream(s) => {
                let mut d = s.dict.clone();
                d.set("Length", Object::Integer(s.content.len() as i64));
                write_dict(&mut head, &d);
                head.extend(b"\nstream\n");
                self.put(&head)?;
                self.put(&s.content)?;
                self.put(b"\nendstream\nendobj\n")
            }
            other => {
                write_obj(&mut head, other);
                head.extend(b"\nendobj\n");
                self.put(&head)
            }
        }
    }

    /// Appends a finished one-page board document, then lets it go.
    pub fn add(&mut self, mut doc: lopdf::Document) -> Result<()> {
        doc.renumber_objects_with(self.next_id);
        self.next_id = doc.max_id.max(self.next_id) + 1;
        let root = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
        let catalog = doc.get_dictionary(root)?.clone();
        let pages_node = catalog.get(b"Pages").and_then(Object::as_reference)?;
        let first = self.kids.is_empty();
        let mut skip = vec![root, pages_node];
        // Later boards repeat the first one's OutputIntent profile, XMP and Info: leave them out.
        if let Ok(Object::Array(intents)) = catalog.get(b"OutputIntents") {
            for oi in intents {
                if let Ok(Ok(p)) = oi
                    .as_dict()
                    .map(|d| d.get(b"DestOutputProfile").and_then(Object::as_reference))
                {
                    if !first {
                        skip.push(p);
                    }
                }
            }
        }
        let info = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
        let meta = catalog.get(b"Metadata").and_then(Object::as_reference).ok();
        if first {
            for key in [&b"OutputIntents"[..], b"Metadata"] {
                if let Ok(v) = catalog.get(key) {
                    self.catalog_extra.push((key.to_vec(), v.clone()));
                }
            }
            self.info = info;
        } else {
            skip.extend(info);
            skip.extend(meta);
        }
        let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
        for p in &pages {
            doc.get_dictionary_mut(*p)?
                .set("Parent", Object::Reference((PAGES_ID, 0)));
            self.kids.push(Object::Reference(*p));
        }
        let objects = std::mem::take(&mut doc.objects);
        drop(doc);
        for (id, o) in objects {
            if !skip.contains(&id) {
                self.write_indirect(id.0, &o)?;
            }
        }
        Ok(())
    }

    /// Writes the page tree, catalog, cross-reference table and trailer, and renames the file into place.
    pub fn finish(mut self, out: &Path) -> Result<u64> {
        let count = self.kids.len() as i64;
        let pages = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Count", Object::Integer(count)),
            ("Kids", Object::Array(std::mem::take(&mut self.kids))),
        ]);
        self.write_indirect(PAGES_ID, &Object::Dictionary(pages))?;
        let mut catalog = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference((PAGES_ID, 0))),
        ]);
        for (k, v) in std::mem::take(&mut self.catalog_extra) {
            catalog.set(k, v);
        }
        self.write_indirect(CATALOG_ID, &Object::Dictionary(catalog))?;
        let size = self
            .next_id
            .max(self.offsets.iter().map(|o| o.0).max().unwrap_or(0) + 1);
        let mut table = vec![None; size as usize];
        for (id, off) in &self.offsets {
            if let Some(slot) = table.get_mut(*id as usize) {
                *slot = Some(*off);
            }
        }
        let xref = self.pos;
        let mut x = format!("xref\n0 {size}\n0000000000 65535 f \n");
        for slot in table.iter().skip(1) {
            match slot {
                Some(off) => x.push_str(&format!("{off:010} 00000 n \n")),
                None => x.push_str("0000000000 65535 f \n"),
            }
        }
        let id = format!("{:032x}", self.pos ^ (std::process::id() as u64) << 20);
        x.push_str(&format!("trailer\n<</Size {size} /Root {CATALOG_ID} 0 R"));
        if let Some((i, g)) = self.info {
            x.push_str(&format!(" /Info {i} {g} R"));
        }
        x.push_str(&format!(" /ID [<{id}> <{id}>]>>\nstartxref\n{xref}\n%%EOF\n"));
        self.put(x.as_bytes())?;
        self.w.flush().map_err(|e| PdfError::io(&self.out, e))?;
        let file = self
            .w
            .into_inner()
            .map_err(|e| PdfError::io(&self.out, e.into_error()))?;
        file.sync_all().map_err(|e| PdfError::io(&self.out, e))?;
        drop(file);
        std::fs::rename(&self.tmp, out).map_err(|e| PdfError::io(out, e))?;
        Ok(self.pos)
    }

    /// Gives up: removes the temporary file.
    pub fn abandon(self) {
        let tmp = self.tmp.clone();
        drop(self);
        let _ = std::fs::remove_file(tmp);
    }
}
