package bench

import (
	"bufio"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"

	"shop/platform/bench/report"
)

// thisMachine describes the machine the benchmark runs on (on loopback, the
// server's too).
func thisMachine() report.Machine {
	host, _ := os.Hostname()
	m := report.Machine{Hostname: host, OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU(), GoVersion: runtime.Version()}
	m.CPUModel = procField("/proc/cpuinfo", "model name")
	// MemTotal reads "24567890 kB".
	kb, _, _ := strings.Cut(procField("/proc/meminfo", "MemTotal"), " ")
	if n, err := strconv.ParseFloat(kb, 64); err == nil {
		m.MemoryGiB = math.Round(n/(1<<20)*10) / 10
	}
	return m
}

// procField returns the value of the first "key: value" line of a /proc file.
func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
