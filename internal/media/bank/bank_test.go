package bank

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
	"github.com/marsad-project/marsad/internal/testutil"
)

const (
	pdqA = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"
	pdqB = "b0a10efd71cc3f429413d48d0ffffe12e34e0e17ada952a9d29684210aa9e5af"
)

func read(t *testing.T, name, body string) *Result {
	t.Helper()
	res, err := Read(strings.NewReader(body), name, FormatAuto)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

func TestReadThreatExchangeCSV(t *testing.T) {
	// The header of `threatexchange dataset -P --csv`; tags space-separated.
	body := "collab,signal_type,signal_str,category,tags\n" +
		"Sample Data,pdq," + strings.ToUpper(pdqA) + ",POSITIVE_CLASS,release al-naba\n" +
		"Sample Data,pdq," + pdqB + ",NEGATIVE_CLASS,\n" + // a known false positive: skipped
		"Sample Data,video_md5,d41d8cd98f00b204e9800998ecf8427e,POSITIVE_CLASS,\n" + // not an image hash
		"Sample Data,pdq,nothex,POSITIVE_CLASS,\n" +
		"Sample Data,phash,aca29c1c33dc23d7,POSITIVE_CLASS,x\n"
	res := read(t, "list.csv", body)
	want := []media.Entry{
		{Kind: media.KindPDQ, Hash: pdqA, Labels: []string{"release", "al-naba"}, Source: "Sample Data"},
		{Kind: media.KindPHash, Hash: "aca29c1c33dc23d7", Labels: []string{"x"}, Source: "Sample Data"},
	}
	if !reflect.DeepEqual(res.Entries, want) {
		t.Errorf("entries %+v\nwant %+v", res.Entries, want)
	}
	if res.Skipped != 2 || res.Rejected != 1 || len(res.Rejects) != 1 || res.Rejects[0].Line != 5 {
		t.Errorf("skipped %d rejected %d %+v; want 2, 1 at line 5", res.Skipped, res.Rejected, res.Rejects)
	}
}

func TestReadVariants(t *testing.T) {
	// Columns named after the hash kind, quality, no type column.
	res := read(t, "x.csv", "pdq,phash,quality,labels\n"+pdqA+",aca29c1c33dc23d7,90,a;b\n,,,\n")
	if len(res.Entries) != 2 || res.Entries[0].Quality != 90 || res.Entries[1].Kind != media.KindPHash || res.Rejected != 1 {
		t.Errorf("kind columns: %+v rejected %d", res.Entries, res.Rejected)
	}
	// marsad's watchlist CSV: the photo_hash column is the hash.
	res = read(t, "watchlist.csv", "account_id,screen_name,name,photo_hash\n1,a,A,"+pdqA+"\n2,b,B,\n")
	if len(res.Entries) != 1 || res.Entries[0].Hash != pdqA || res.Rejected != 1 {
		t.Errorf("watchlist csv: %+v rejected %d", res.Entries, res.Rejected)
	}
	// The local file exchange format, with a comment and a bare hash.
	res = read(t, "hashes.txt", "# bank\npdq "+pdqA+"\n"+pdqB+"\nphash zz\n")
	if len(res.Entries) != 2 || res.Entries[1].Hash != pdqB || res.Rejected != 1 {
		t.Errorf("txt: %+v rejected %d", res.Entries, res.Rejected)
	}
	// HMA signal maps, with and without "signals" and metadata.
	res = read(t, "hma.json", `[{"pdq":"`+pdqA+`"},{"signals":{"pdq":"`+pdqB+`"},"metadata":{"content_uri":"https://x/y.jpg"}},{"md5":"x"}]`)
	if len(res.Entries) != 2 || res.Entries[1].ContentURI != "https://x/y.jpg" || res.Rejected != 1 {
		t.Errorf("hma json: %+v rejected %d", res.Entries, res.Rejected)
	}
	// No header hash column is an error for the whole file.
	if _, err := Read(strings.NewReader("a,b\n1,2\n"), "x.csv", FormatAuto); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("csv without hash column: %v", err)
	}
	if _, err := Read(strings.NewReader(`{"bank":"x"}`), "x.json", FormatAuto); err == nil {
		t.Error("json without entries: no error")
	}
	if _, err := Read(strings.NewReader(`[{"pdq":`), "x.json", FormatAuto); err == nil {
		t.Error("truncated json: no error")
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	at := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	es := []media.Entry{
		{Kind: media.KindPDQ, Hash: pdqA, Quality: 100, Labels: []string{"release", "amaq"}, Source: "GIFCT", ContentURI: "https://t.co/x", Note: "video still, 2019", AddedAt: at},
		{Kind: media.KindPHash, Hash: "aca29c1c33dc23d7", Source: "team"},
		{Kind: media.KindDHash, Hash: "00ff00ff00ff00ff", Source: "team"},
	}
	b := marsad.Bank{Name: "releases", Description: "official"}
	for _, f := range []Format{FormatCSV, FormatJSON} {
		var buf bytes.Buffer
		if err := Write(&buf, f, b, es); err != nil {
			t.Fatal(err)
		}
		res, err := Read(&buf, "bank."+string(f), FormatAuto)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Entries, es) || res.Rejected+res.Skipped != 0 {
			t.Errorf("%s round trip:\n got %+v\nwant %+v", f, res.Entries, es)
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, FormatTXT, b, es); err != nil {
		t.Fatal(err)
	}
	res, err := Read(&buf, "bank.txt", FormatAuto)
	if err != nil || len(res.Entries) != 3 || res.Entries[2].Kind != media.KindDHash {
		t.Errorf("txt round trip: %+v %v", res, err)
	}
}

// TestUpstreamHashLists reads upstream's plain hash-list fixtures.
func TestUpstreamHashLists(t *testing.T) {
	dir := testutil.SharedTestdata(t, "pdq", "reg-test-input")
	for name, want := range map[string]int{"haystack.txt": 1350, "needles.txt": 100} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Read(f, name, FormatAuto)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Entries) != want || res.Rejected != 0 {
			t.Errorf("%s: %d entries, %d rejected; want %d, 0", name, len(res.Entries), res.Rejected, want)
		}
	}
}

func TestStoreConversion(t *testing.T) {
	es := []media.Entry{{Kind: media.KindPDQ, Hash: pdqA, Quality: 7, Labels: []string{"l"}, Source: "s", ContentURI: "u", Note: "n"}}
	if got := ToMedia(ToStore("b", es)); !reflect.DeepEqual(got, es) {
		t.Errorf("round trip %+v", got)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("list.csv", "collab,signal_type,signal_str,category,tags\nx,pdq,"+pdqA+",POSITIVE_CLASS,a b\n")
	f.Add("list.txt", "pdq "+pdqA+"\n"+pdqB+"\n")
	f.Add("list.json", `{"bank":"b","entries":[{"signal_type":"pdq","signal_str":"`+pdqA+`","quality":50,"tags":["a"]}]}`)
	f.Add("list.json", `[{"pdq":"`+pdqA+`"},{"signals":{"phash":"aca29c1c33dc23d7"}}]`)
	f.Add("x", "pdq,quality\n"+pdqA+",\"9\n")
	f.Fuzz(func(t *testing.T, name, body string) {
		res, err := Read(strings.NewReader(body), name, FormatAuto)
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("error without EINVALID: %v", err)
			}
			return
		}
		for _, e := range res.Entries {
			if norm, err := media.NormalizeHash(e.Kind, e.Hash); err != nil || norm != e.Hash {
				t.Fatalf("invalid entry accepted: %+v", e)
			}
		}
	})
}
