# Certificates and keys for one cluster, made once per state dir.
# EC P-256 keeps generation instant; only the service-account key is RSA
# because the fake `aws` plugin signs RS256 tokens with it.
# shellcheck shell=bash

make_pki() {  # pki dir
  local p=$1
  if [[ -f $p/complete ]]; then
    # State dirs made before metrics-server existed get its part now.
    make_aggregation_pki "$p"
    return 0
  fi
  rm -rf "$p" && mkdir -p "$p"
  # An empty config keeps the distribution's defaults (which would mark every
  # certificate as a CA) out of what we sign.
  local cnf=$p/openssl.cnf
  printf '[req]\ndistinguished_name = dn\n[dn]\n' >"$cnf"

  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$p/ca.key" 2>/dev/null
  openssl req -x509 -new -key "$p/ca.key" -subj "/CN=kaji-local-ca" -days 3650 -config "$cnf" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$p/ca.crt"

  local both="serverAuth,clientAuth" local_san="IP:127.0.0.1,DNS:localhost"
  issue "$p" etcd "/CN=etcd" "$both" "$local_san"
  issue "$p" apiserver-etcd-client "/CN=kube-apiserver-etcd-client" clientAuth
  issue "$p" apiserver "/CN=kube-apiserver" serverAuth \
    "$local_san,IP:10.96.0.1,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
  issue "$p" apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" clientAuth
  issue "$p" admin "/O=system:masters/CN=kaji-admin" clientAuth
  issue "$p" kube-controller-manager "/CN=system:kube-controller-manager" "$both" "$local_san"
  issue "$p" kube-scheduler "/CN=system:kube-scheduler" "$both" "$local_san"
  # kwok plays every kubelet at once, so it cannot be a single system:node:<name>.
  issue "$p" kwok "/O=system:masters/CN=kwok-controller" "$both" "$local_san"
  # For the storefront-tls Secret of the scenario: a real certificate to inspect.
  issue "$p" storefront-tls "/O=Kaji Demo Shop/CN=shop.example.test" serverAuth \
    "DNS:shop.example.test,DNS:www.shop.example.test"

  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$p/sa.key" 2>/dev/null
  openssl pkey -in "$p/sa.key" -pubout -out "$p/sa.pub"
  make_aggregation_pki "$p"
  chmod 600 "$p"/*.key
  touch "$p/complete"
}

# The aggregation layer (metrics.k8s.io served by metrics-server). The
# front-proxy CA is a CA of its own, as in kubeadm: the apiserver presents
# front-proxy-client when it forwards a request, and an extension apiserver
# believes the X-Remote-User headers only from a certificate of this CA, so a
# client certificate of the cluster CA cannot claim another user's identity.
make_aggregation_pki() {  # pki dir (whose openssl.cnf and ca.* exist)
  local p=$1
  [[ -f $p/complete-aggregation ]] && return 0
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$p/front-proxy-ca.key" 2>/dev/null
  openssl req -x509 -new -key "$p/front-proxy-ca.key" -subj "/CN=kaji-front-proxy-ca" -days 3650 -config "$p/openssl.cnf" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$p/front-proxy-ca.crt"
  CA=front-proxy-ca issue "$p" front-proxy-client "/CN=front-proxy-client" clientAuth
  # The aggregator dials the APIService's Service by its DNS name
  # (metrics-server.kube-system.svc) and checks the certificate against the
  # caBundle; the ExternalName Service then resolves to loopback.
  issue "$p" metrics-server "/CN=system:metrics-server" "serverAuth,clientAuth" \
    "IP:127.0.0.1,DNS:localhost,DNS:metrics-server.kube-system.svc,DNS:metrics-server.kube-system.svc.cluster.local"
  chmod 600 "$p"/*.key
  touch "$p/complete-aggregation"
}

issue() {  # pki dir, name, subject, extended key usage, [subjectAltName]; CA=stem of the signer (default ca)
  local p=$1 name=$2 subj=$3 eku=$4 san=${5:-} ca=${CA:-ca}
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$p/$name.key" 2>/dev/null
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$eku"
    [[ -z $san ]] || echo "subjectAltName=$san"
  } >"$p/$name.ext"
  openssl req -new -key "$p/$name.key" -subj "$subj" -config "$p/openssl.cnf" |
    openssl x509 -req -CA "$p/$ca.crt" -CAkey "$p/$ca.key" -set_serial "0x$(openssl rand -hex 16)" \
      -days 3650 -extfile "$p/$name.ext" -out "$p/$name.crt" 2>/dev/null
  rm "$p/$name.ext"
}
