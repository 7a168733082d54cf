package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// ImportOptions configure Import. The zero value imports with auto-detection,
// no rejects file, default limits and no progress display.
type ImportOptions struct {
	// Format forces a format by name for every file; "" detects by content.
	Format string
	// Decode is passed to the decoders (column mapping, record bound, …).
	Decode Options
	// RejectsPath is where rejects are written as JSON Lines; the file is
	// created on the first reject only. "" writes no rejects file (rejects
	// still go to the store).
	RejectsPath string
	// MaxDecompressed bounds the decompressed bytes of one compressed file;
	// 0 means max(DefaultMinMaxDecompressed, DefaultMaxRatio × file size).
	MaxDecompressed int64
	// BatchSize is the number of records per store call (0 = DefaultBatchSize).
	BatchSize int
	// Progress, if set, is told the total bytes to read (each file counts
	// twice: once for its sha256, once for decoding) and each file's progress.
	Progress Progress
	// Notice, if set, is called with every notice, as it happens. Notices
	// are also kept in each FileResult (repeats once).
	Notice func(file, msg string)
	// Logger gets debug and error records; nil discards them.
	Logger *slog.Logger
	// Now is the clock for Source.ImportedAt (nil = time.Now).
	Now func() time.Time
}

// Progress displays an import's progress by raw bytes read.
type Progress interface {
	Start(totalBytes int64)
	File(path string)
	Add(n int64)
	Finish()
}

// maxNoticesPerFile bounds the notices kept for one file.
const maxNoticesPerFile = 50

// Import imports every file named by paths (directories are walked
// recursively, hidden entries skipped) into store, one transaction per file:
//
//   - a file whose bytes (sha256) were already imported is skipped with the
//     notice "already imported as source #N";
//   - a file that is empty, or whose content matches no format, is skipped
//     with a notice;
//   - malformed records are rejected (to the store and the rejects file) and
//     the file goes on;
//   - a file that cannot be read through (truncated compressed stream, I/O
//     error, decompression bomb, store error) is rolled back entirely and
//     reported failed, and the next file goes on.
//
// The error is non-nil only when the context is cancelled, the rejects file
// cannot be written, or nothing at all could be read from any file (an
// EINVALID marsad.Error); the Summary is valid in every case.
func Import(ctx context.Context, store marsad.ImportService, paths []string, opts ImportOptions) (Summary, error) {
	var sum Summary
	files, errs := expandPaths(paths)
	sum.Files = append(sum.Files, errs...)
	files = applyLast(files, opts)
	var total int64
	for _, f := range files {
		total += f.size
	}
	if opts.Progress != nil {
		opts.Progress.Start(2 * total) // hashing, then decoding
		defer opts.Progress.Finish()
	}
	rejects := &rejectsFile{path: opts.RejectsPath}
	imp := &importer{store: store, opts: opts, rejects: rejects}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			rejects.close()
			return sum, err
		}
		res, err := imp.file(ctx, f)
		sum.Files = append(sum.Files, res)
		if res.Status == FileImported {
			sum.Total.Add(res.Counts)
		}
		if err != nil {
			rejects.close()
			return sum, err
		}
	}
	if err := rejects.close(); err != nil {
		return sum, fmt.Errorf("close rejects file: %w", err)
	}
	if rejects.n > 0 {
		sum.RejectsPath, sum.RejectsWritten = rejects.path, rejects.n
	}
	return sum, nothingRead(sum)
}

// importer holds what all files of one Import share.
type importer struct {
	store   marsad.ImportService
	opts    ImportOptions
	rejects *rejectsFile
}

// file imports one file; the error is returned only for fatal conditions
// (rejects file, cancelled context).
func (im *importer) file(ctx context.Context, f inputFile) (res FileResult, fatal error) {
	res = FileResult{Path: f.path}
	seen := map[string]bool{}
	notice := func(msg string) {
		if seen[msg] || len(res.Notices) >= maxNoticesPerFile {
			return
		}
		seen[msg] = true
		res.Notices = append(res.Notices, msg)
		if im.opts.Notice != nil {
			im.opts.Notice(f.path, msg)
		}
	}
	// Progress counts each file twice: the sha256 pass and the decoding.
	var done int64
	progress := func(n int64) { done += n }
	if p := im.opts.Progress; p != nil {
		p.File(f.path)
		progress = func(n int64) { done += n; p.Add(n) }
	}
	defer func() {
		if p := im.opts.Progress; p != nil && done < 2*f.size {
			p.Add(2*f.size - done) // skipped or failed: count the file as done
		}
	}()
	skip := func(msg string) (FileResult, error) {
		res.Status, res.Message = FileSkipped, msg
		notice(msg)
		return res, nil
	}
	failed := func(msg string) (FileResult, error) {
		res.Status, res.Message = FileFailed, msg
		if l := im.opts.Logger; l != nil {
			l.Error("import failed", "file", f.path, "reason", msg)
		}
		return res, nil
	}
	if f.size == 0 {
		return skip(fmt.Sprintf("skipped %s: empty file", f.path))
	}
	sum, err := fileSHA256(f.path, progress)
	if err != nil {
		return failed(fmt.Sprintf("%s: %v", f.path, err))
	}
	if src, err := im.store.FindSourceBySHA256(ctx, sum); err == nil {
		res.SourceID, res.Format = src.ID, src.Format
		return skip(fmt.Sprintf("skipped %s: already imported as source #%d", f.path, src.ID))
	} else if marsad.ErrorCode(err) != marsad.ENOTFOUND {
		return failed(fmt.Sprintf("%s: looking up earlier imports: %v", f.path, err))
	}
	of, err := openFile(f.path, im.opts.MaxDecompressed, progress)
	if err != nil {
		return failed(readErrorText(f.path, err) + "; nothing from it was stored")
	}
	defer of.Close()
	format, msg := im.format(of.Head)
	if format == nil {
		return skip(fmt.Sprintf("skipped %s: %s", f.path, msg))
	}
	res.Format = format.Name
	if of.Compression != "" {
		im.debug("decompressing", "file", f.path, "compression", of.Compression)
	}
	err = im.decode(ctx, f, sum, of, format, &res, notice)
	return res, err
}

// format picks the forced or detected format for a file's head.
func (im *importer) format(head []byte) (*Format, string) {
	if im.opts.Format != "" {
		f := Lookup(im.opts.Format)
		if f == nil || f.Decode == nil {
			return nil, fmt.Sprintf("format %q is not supported", im.opts.Format)
		}
		return f, ""
	}
	if f := Detect(head); f != nil && f.Decode != nil {
		return f, ""
	}
	return nil, "not a supported format"
}

// decode runs one file's transaction.
func (im *importer) decode(ctx context.Context, f inputFile, sum string, of *openedFile, format *Format, res *FileResult, notice func(string)) error {
	now := time.Now
	if im.opts.Now != nil {
		now = im.opts.Now
	}
	src := &marsad.Source{Path: f.path, SHA256: sum, Format: format.Name, ImportedAt: now()}
	tx, err := im.store.BeginImport(ctx, src)
	if err != nil {
		res.Status, res.Message = FileFailed, fmt.Sprintf("%s: starting the import: %v", f.path, err)
		return nil
	}
	sink := newBatchSink(ctx, tx, f.path, im.opts.BatchSize, im.rejects, notice)
	err = format.Decode(ctx, of.Reader, im.opts.Decode, sink)
	counts, werr := sink.close(err != nil) // always ends the writer goroutine
	if err == nil {
		err = werr
	}
	if err == nil {
		err = tx.Commit(ctx, counts)
	}
	if err != nil {
		if rbErr := tx.Rollback(); rbErr != nil {
			im.debug("rollback failed", "file", f.path, "err", rbErr)
		}
		res.Status, res.Counts = FileFailed, marsad.ImportCounts{}
		res.Message = readErrorText(f.path, err) + "; the file's import was rolled back (nothing from it was stored)"
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var re *rejectsError
		if errors.As(err, &re) {
			return err
		}
		return nil
	}
	res.Status, res.SourceID, res.Counts, res.HashesRead = FileImported, src.ID, counts, sink.hashesRead
	return nil
}

// readErrorText describes err for the user, naming the file once.
func readErrorText(path string, err error) string {
	var re *ReadError
	if errors.As(err, &re) {
		return re.Error()
	}
	if strings.Contains(err.Error(), path) {
		return err.Error()
	}
	return fmt.Sprintf("%s: %v", path, err)
}

func (im *importer) debug(msg string, args ...any) {
	if im.opts.Logger != nil {
		im.opts.Logger.Debug(msg, args...)
	}
}

// fileSHA256 hashes a file's raw bytes (before decompression), reporting
// the bytes read to onRead.
func fileSHA256(path string, onRead func(int64)) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, &countingReader{r: f, add: onRead}); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
