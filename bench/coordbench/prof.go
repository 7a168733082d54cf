package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// COORDBENCH_CPUPROFILE=file writes a CPU profile of `coordbench run`.
func init() {
	p := os.Getenv("COORDBENCH_CPUPROFILE")
	if p == "" {
		return
	}
	f, err := os.Create(p)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "coordbench: cpu profile:", err)
		return
	}
	stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
}

var stopProfile = func() {}
