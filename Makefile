# marsad — build, test, bench. `make test` is the README's test command.
GO ?= go
PKGS ?= ./...

.PHONY: build test vet lint unit race demo bench clean

build:
	CGO_ENABLED=0 $(GO) build -trimpath -o marsad ./cmd/marsad

test: vet lint race

vet:
	$(GO) vet $(PKGS)

lint:
	$(GO) tool staticcheck $(PKGS)

unit:
	$(GO) test -count=1 $(PKGS)

# Every test runs once, under the race detector (about 2.5 minutes on 2
# cores); `make unit` is the quicker run without it.
race:
	$(GO) test -race -count=1 $(PKGS)

demo: build
	./marsad demo

bench:
	bash bench/ingest.sh
	bash bench/coordination.sh
	bash bench/hubs.sh
	bash bench/returns.sh
	bash bench/media.sh

clean:
	rm -f marsad marsad.db marsad.db-wal marsad.db-shm marsad-rejects.jsonl
	rm -rf marsad-demo marsad-results
