-- Prints the latency percentiles wrk's --latency leaves out (p95), in milliseconds.
done = function(summary, latency, requests)
   io.write(string.format("percentiles %.2f %.2f %.2f\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
