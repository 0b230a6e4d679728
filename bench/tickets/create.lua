-- wrk script: every request registers a new trouble ticket (TMF621 POST) as a customer
-- representative; TOKEN comes from the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"description":"Slow line at the Antwerp site","ticketType":"incident","severity":"minor","priority":"P3"}'

-- wrk counts non-2xx responses itself; also stop on the first one so a broken run is obvious.
response = function(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
