//go:build tools

// The binaries this module exists to build; the build tag keeps them out of any
// compiled package while `go mod tidy` still records their dependencies.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
)
