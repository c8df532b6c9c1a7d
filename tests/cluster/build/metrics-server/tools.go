//go:build tools

// The binary this module exists to build; see ../kubernetes/tools.go.
package tools

import _ "sigs.k8s.io/metrics-server/cmd/metrics-server"
