#!/bin/sh
# Runs ClaimSift on a real Flink 1.19 session cluster on this machine and checks that it writes the
# same bytes as the DirectRunner: one JobManager and two TaskManagers, each its own JVM started from
# Flink's own entry points inside the runnable jar (no Flink distribution needed), the job submitted
# with --flinkMaster=localhost:PORT, every output file compared by SHA-256, the cluster stopped.
# Not part of the test suite (it needs about 4 GB and a few minutes); docs/scale.md shows its output.
#
# usage: pipeline/lab/scripts/flink-session-cluster.sh [INPUT] [WORK_DIR]   (build the jar first: mvn -B -ntp -DskipTests package)
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
jar="$root/pipeline/target/claimsift.jar"
input=${1:-$root/input}
work=${2:-/tmp/claimsift-flink-cluster}
port=${FLINK_REST_PORT:-18081}
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B -ntp -DskipTests package)" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work/conf" "$work/logs" "$work/jm" "$work/tm1" "$work/tm2"
# Without Flink's start scripts every TaskManager memory component must be set; 64 MB of network
# memory was too little ("Insufficient number of network buffers"), 192 MB is enough.
cat > "$work/conf/flink-conf.yaml" <<EOF
jobmanager.rpc.address: localhost
jobmanager.rpc.port: 6123
jobmanager.bind-host: localhost
jobmanager.memory.process.size: 1024m
rest.port: $port
rest.address: localhost
rest.bind-address: localhost
taskmanager.bind-host: localhost
taskmanager.host: localhost
taskmanager.numberOfTaskSlots: 1
taskmanager.cpu.cores: 1.0
taskmanager.memory.task.heap.size: 768m
taskmanager.memory.managed.size: 256m
taskmanager.memory.network.min: 192m
taskmanager.memory.network.max: 192m
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.task.off-heap.size: 0m
taskmanager.memory.jvm-metaspace.size: 256m
taskmanager.memory.jvm-overhead.min: 192m
taskmanager.memory.jvm-overhead.max: 192m
EOF

pids=""
stop() {
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for pid in $pids; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 130' INT TERM

# One java.io.tmpdir per process: each unpacks Flink's RPC jar there and deletes it on exit.
java -Djava.io.tmpdir="$work/jm" -Xmx768m -cp "$jar" \
  org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$work/conf" \
  > "$work/logs/jobmanager.log" 2>&1 &
pids="$pids $!"
for tm in tm1 tm2; do
  java -Djava.io.tmpdir="$work/$tm" -Xmx1g -XX:MaxDirectMemorySize=600m -cp "$jar" \
    org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$work/conf" \
    > "$work/logs/$tm.log" 2>&1 &
  pids="$pids $!"
done

waited=0
until curl -sf "http://localhost:$port/overview" 2>/dev/null | grep -q '"taskmanagers":2'; do
  waited=$((waited + 2))
  if [ "$waited" -gt 180 ]; then
    echo "the cluster did not come up in 180 s; logs in $work/logs" >&2
    exit 1
  fi
  sleep 2
done
echo "cluster: $(curl -sf "http://localhost:$port/overview")"

"$root/claimsift" --runner=FlinkRunner --flinkMaster="localhost:$port" --parallelism=2 \
  --input="$input" --output="$work/cluster-output"
"$root/claimsift" --runner=DirectRunner --input="$input" --output="$work/direct-output"

(cd "$work/direct-output" && find . -type f | LC_ALL=C sort | xargs sha256sum) > "$work/direct.sha256"
(cd "$work/cluster-output" && find . -type f | LC_ALL=C sort | xargs sha256sum) > "$work/cluster.sha256"
if diff "$work/direct.sha256" "$work/cluster.sha256"; then
  echo "RESULT flink-session-cluster taskmanagers=2 parallelism=2 files=$(wc -l < "$work/direct.sha256") identical=true"
else
  echo "RESULT flink-session-cluster taskmanagers=2 parallelism=2 identical=false" >&2
  exit 1
fi
