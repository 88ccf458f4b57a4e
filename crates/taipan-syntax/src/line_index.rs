//! Byte offset to (line, column) conversion.

/// Maps byte offsets to 1-based line numbers and 0-based character columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut line_starts = vec![0];
        let bytes = source.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            // `\n`, `\r\n` and a lone `\r` all end a line, as in CPython.
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// 1-based line containing `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts[(line.max(1) as usize - 1).min(self.line_starts.len() - 1)]
    }

    /// 1-based line and 0-based column in characters of `offset`.
    pub fn line_col(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.line_start(line) as usize;
        let end = (offset as usize).min(source.len()).max(start);
        let col = source.get(start..end).map_or(end - start, |s| s.chars().count());
        (line, col as u32)
    }

    /// The text of 1-based `line` without its line terminator.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let start = self.line_start(line) as usize;
        let rest = source.get(start..).unwrap_or("");
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        rest[..end].trim_end_matches('\r')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\ncdé\n\nx";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), (1, 0));
        assert_eq!(idx.line_col(src, 4), (2, 1));
        assert_eq!(idx.line_col(src, 9), (4, 0));
        assert_eq!(idx.line_text(src, 2), "cdé");
    }
}
