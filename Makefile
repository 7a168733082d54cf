# marsad — build, test, bench. `make test` is the README's test command.
GO ?= go
PKGS ?= ./...

.PHONY: build test vet lint unit race demo bench clean

build:
	CGO_ENABLED=0 $(GO) build -trimpath -o marsad ./cmd/marsad

test: vet lint unit race

vet:
	$(GO) vet $(PKGS)

lint:
	$(GO) tool staticcheck $(PKGS)

unit:
	$(GO) test -count=1 $(PKGS)

# The packages with concurrency of their own (the importer's writer
# goroutine, the store under it) also run under the race detector.
RACE_PKGS ?= ./internal/ingest/... ./internal/sqlstore/... ./internal/media/...
race:
	$(GO) test -race -count=1 $(RACE_PKGS)

demo: build
	./marsad demo

bench:
	bash bench/ingest.sh
	bash bench/coordination.sh

clean:
	rm -f marsad marsad.db marsad.db-wal marsad.db-shm marsad-rejects.jsonl
	rm -rf marsad-demo marsad-results
