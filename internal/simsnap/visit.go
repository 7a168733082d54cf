package simsnap

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
)

// Visit decodes the files of dir into sink with the real importers, as an
// import of the directory followed by its media-hashes file would: every
// media-hashes file in dir is read first and its hashes applied to post
// media (16 hex digits a pHash, 64 a PDQ hash, as the store does) and to
// accounts without an avatar hash; inputs o drops never reach sink. names
// picks the other files and their order (by default every file, sorted by
// name); a file no importer recognises is skipped. Records reach sink in
// file order, then in each file's order.
func Visit(ctx context.Context, dir string, o Options, sink ingest.Sink, names ...string) error {
	all, err := fileNames(dir)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		names = all
	}
	a := &applier{Sink: sink, o: o, hashes: map[string]string{}}
	// Hashes first, so posts and accounts can pick them up as they stream.
	for _, name := range all {
		if err := decode(ctx, filepath.Join(dir, name), a, true); err != nil {
			return err
		}
	}
	for _, name := range names {
		if err := decode(ctx, filepath.Join(dir, name), a, false); err != nil {
			return err
		}
	}
	return nil
}

// fileNames lists the regular files of dir, sorted.
func fileNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("simsnap: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// decode runs the importer that recognises path, if any, over it: only the
// media-hashes format when hashesOnly, every other format otherwise.
func decode(ctx context.Context, path string, s ingest.Sink, hashesOnly bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("simsnap: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	head, err := br.Peek(ingest.DetectBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("simsnap: read %s: %w", path, err)
	}
	format := ingest.Detect(head)
	if format == nil || (format == &ingest.MediaHashesCSV) != hashesOnly {
		return nil
	}
	if err := format.Decode(ctx, br, ingest.Options{}, s); err != nil {
		return fmt.Errorf("simsnap: decode %s: %w", path, err)
	}
	return nil
}

// applier applies media hashes and Options to the records it passes on.
type applier struct {
	ingest.Sink
	o      Options
	hashes map[string]string
}

func (s *applier) Account(a *marsad.Account) error {
	if s.o.NoAvatars {
		a.AvatarHash = ""
	} else if a.AvatarHash == "" {
		a.AvatarHash = s.hashes[a.AvatarURL]
	}
	return s.Sink.Account(a)
}

func (s *applier) Post(p *marsad.Post) error {
	for i := range p.Media {
		switch h := s.hashes[p.Media[i].URL]; len(h) {
		case 64:
			p.Media[i].PDQ = h
		case 16:
			p.Media[i].PHash = h
		}
	}
	return s.Sink.Post(p)
}

func (s *applier) Follow(f *marsad.Follow) error {
	if s.o.NoFollows {
		return nil
	}
	return s.Sink.Follow(f)
}

func (s *applier) MediaHash(h *marsad.MediaHash) error {
	s.hashes[h.MediaURL] = h.Hash
	return s.Sink.MediaHash(h)
}
