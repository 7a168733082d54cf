package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// inputFile is a regular file to import.
type inputFile struct {
	path string
	size int64
}

// expandPaths lists the regular files named by paths, walking directories
// recursively in lexical order and skipping hidden entries (".git",
// ".DS_Store") inside them. Paths that cannot be read become failed results.
func expandPaths(paths []string) (files []inputFile, failed []FileResult) {
	seen := map[string]bool{}
	add := func(p string, size int64) {
		if !seen[p] {
			seen[p] = true
			files = append(files, inputFile{path: p, size: size})
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			failed = append(failed, FileResult{Path: p, Status: FileFailed, Message: fmt.Sprintf("%s: %v", p, unwrapPathErr(err))})
			continue
		}
		if !st.IsDir() {
			add(p, st.Size())
			continue
		}
		var found []inputFile
		// The callback records every error itself, so WalkDir never fails.
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, FileResult{Path: path, Status: FileFailed, Message: fmt.Sprintf("%s: %v", path, unwrapPathErr(err))})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil
			}
			found = append(found, inputFile{path: path, size: info.Size()})
			return nil
		})
		sort.Slice(found, func(i, j int) bool { return found[i].path < found[j].path })
		for _, f := range found {
			add(f.path, f.size)
		}
	}
	return files, failed
}

// unwrapPathErr drops the path from an *fs.PathError (the caller names it).
func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// applyLast moves media-hashes files after all others: their hashes are
// applied to media already stored, so the posts must be imported first.
func applyLast(files []inputFile, opts ImportOptions) []inputFile {
	var first, last []inputFile
	for _, f := range files {
		name := opts.Format
		if name == "" && f.size > 0 {
			if of, err := openFile(f.path, opts.MaxDecompressed, nil); err == nil {
				if fm := Detect(of.Head); fm != nil {
					name = fm.Name
				}
				of.Close()
			}
		}
		if name == MediaHashesCSV.Name {
			last = append(last, f)
		} else {
			first = append(first, f)
		}
	}
	return append(first, last...)
}
