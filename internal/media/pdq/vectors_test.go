package pdq

import (
	"encoding/csv"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/testutil"
)

// The expected values in these tests are outputs of the upstream reference
// implementations (C++, Java, Python, WASM), saved as data in
// ../shared/testdata/pdq; the tolerances are the ones its README gives.

// readCSV reads a CSV with a header and returns its rows as maps.
func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1 // java_unittest.csv has a row with a note only
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, k := range recs[0] {
			if i < len(r) {
				m[k] = r[i]
			}
		}
		out = append(out, m)
	}
	return out
}

type hashed struct {
	h Hash
	q int
}

// hashCache keeps each file's hash: several tables name the same images.
var hashCache = map[string]hashed{}

func hashFile(t *testing.T, path string) (Hash, int) {
	t.Helper()
	if r, ok := hashCache[path]; ok {
		return r.h, r.q
	}
	h, q := FromImage(decodeFile(t, path))
	hashCache[path] = hashed{h, q}
	return h, q
}

func decodeFile(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return img
}

func TestReferenceDihedralSet(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	for _, csvName := range []string{"cpp_readme_dih.csv", "java_readme_dih.csv"} {
		for _, row := range readCSV(t, filepath.Join(root, "expected", csvName)) {
			want := MustParseHash(row["pdq_hash_hex"])
			got, q := hashFile(t, filepath.Join(root, row["file"]))
			d := Distance(got, want)
			t.Logf("%s %s: distance %d quality %d", csvName, filepath.Base(row["file"]), d, q)
			if d > 10 {
				t.Errorf("%s %s: hash %s is %d bits from the reference %s (tolerance 10)", csvName, row["file"], got, d, want)
			}
			if wq := row["quality"]; wq == "100" && q < 80 {
				t.Errorf("%s %s: quality %d, reference 100 (want >= 80)", csvName, row["file"], q)
			}
		}
	}
}

func TestReferencePythonVectors(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	for _, row := range readCSV(t, filepath.Join(root, "expected", "python_unittest_hashes.csv")) {
		file := row["file"]
		if file == "misc-images/b.jpg" { // absent upstream; same picture as bridge-1
			file = "reg-test-input/dih/bridge-1-original.jpg"
		}
		maxD, err := strconv.Atoi(row["max_hamming_distance"])
		if err != nil {
			t.Fatalf("bad tolerance %q", row["max_hamming_distance"])
		}
		want := MustParseHash(row["pdq_hash_hex"])
		got, q := hashFile(t, filepath.Join(root, file))
		d := Distance(got, want)
		t.Logf("python %s: distance %d quality %d", file, d, q)
		if d > maxD {
			t.Errorf("%s: hash %s is %d bits from the Python reference %s (tolerance %d)", file, got, d, want, maxD)
		}
	}
	for _, row := range readCSV(t, filepath.Join(root, "expected", "python_readme_bridge_mods.csv")) {
		want := MustParseHash(row["pdq_hash_hex"])
		got, q := hashFile(t, filepath.Join(root, row["file"]))
		d := Distance(got, want)
		t.Logf("python README %s: distance %d quality %d", row["file"], d, q)
		if d > 16 {
			t.Errorf("%s: %d bits from the Python README hash (tolerance 16)", row["file"], d)
		}
		if row["quality"] == "100" && q < 80 {
			t.Errorf("%s: quality %d, reference 100 (want >= 80)", row["file"], q)
		}
	}
}

func TestReferenceWASMVectors(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	for _, row := range readCSV(t, filepath.Join(root, "wasm", "test", "TestData", "PDQMD5TestData.csv")) {
		p := row["FilePath"]
		i := strings.Index(p, "data/")
		if i < 0 || strings.HasSuffix(p, ".mp4") {
			continue // the two video MD5 rows
		}
		file := p[i+len("data/"):]
		if file == "misc-images/b.jpg" {
			file = "reg-test-input/dih/bridge-1-original.jpg"
		}
		want := MustParseHash(row["Hash"])
		got, _ := hashFile(t, filepath.Join(root, file))
		d := Distance(got, want)
		t.Logf("wasm %s: distance %d", file, d)
		if d > 16 {
			t.Errorf("%s: %d bits from the WASM hash (tolerance 16)", file, d)
		}
	}
}

func TestReferenceJavaUnitTest(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	bridge1, _ := hashFile(t, filepath.Join(root, "reg-test-input/dih/bridge-1-original.jpg"))
	for _, row := range readCSV(t, filepath.Join(root, "expected", "java_unittest.csv")) {
		if row["pdq_hash_hex_exact"] == "" {
			continue
		}
		want := MustParseHash(row["pdq_hash_hex_exact"])
		got, _ := hashFile(t, filepath.Join(root, row["file"]))
		if d := Distance(got, want); d > 10 {
			t.Errorf("%s: %d bits from the Java ImageIO hash (tolerance 10)", row["file"], d)
		}
	}
	// Java asserts distance(bridge-1, pen-and-coaster) = 138 with its own
	// decoder; each side may move by the decoder spread (<= 8 bits here).
	pen, _ := hashFile(t, filepath.Join(root, "reg-test-input/pen-and-coaster.png"))
	if d := Distance(bridge1, pen); d < 138-16 || d > 138+16 {
		t.Errorf("distance(bridge-1, pen-and-coaster) = %d, Java reference 138 (±16)", d)
	}
}

// TestDihedralsMatchTransformedFiles derives the 8 dihedral hashes of
// bridge-1 from one DCT and compares each with the C++ reference hash of the
// physically transformed file (bridge-1..8, same order as Dihedral).
func TestDihedralsMatchTransformedFiles(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	rows := readCSV(t, filepath.Join(root, "expected", "cpp_readme_dih.csv"))
	if len(rows) != 8 {
		t.Fatalf("want 8 rows in cpp_readme_dih.csv, got %d", len(rows))
	}
	dih, q := DihedralsFromImage(decodeFile(t, filepath.Join(root, "reg-test-input/dih/bridge-1-original.jpg")))
	if q < 80 {
		t.Errorf("quality %d, want >= 80", q)
	}
	for d := Original; d <= FlipMinus1; d++ {
		want := MustParseHash(rows[d]["pdq_hash_hex"])
		dist := Distance(dih[d], want)
		t.Logf("%s: derived vs file %s: %d bits", d, filepath.Base(rows[d]["file"]), dist)
		if dist > 16 {
			t.Errorf("%s: derived hash %d bits from the transformed file's reference hash (want <= 16)", d, dist)
		}
		// and far from the other transforms' files: the 8 are distinct pictures to PDQ
		for e := Original; e <= FlipMinus1; e++ {
			if e != d && Distance(dih[d], MustParseHash(rows[e]["pdq_hash_hex"])) <= MatchThreshold {
				t.Errorf("%s derived hash matches %s's file, PDQ should tell them apart", d, e)
			}
		}
	}
}
