-- wrk script: reads one trouble ticket (TMF621 GET by number) as its customer's representative.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
