package pdq

import (
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/internal/testutil"
)

func BenchmarkFromImageBridge(b *testing.B) {
	img := decodeFile(&testing.T{}, filepath.Join(testutil.SharedTestdata(b, "pdq"), "reg-test-input/dih/bridge-1-original.jpg"))
	b.ResetTimer()
	for b.Loop() {
		FromImage(img)
	}
}

func BenchmarkDecodeBridge(b *testing.B) {
	p := filepath.Join(testutil.SharedTestdata(b, "pdq"), "reg-test-input/dih/bridge-1-original.jpg")
	for b.Loop() {
		decodeFile(&testing.T{}, p)
	}
}
