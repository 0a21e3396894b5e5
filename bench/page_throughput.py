"""Serve one portal page N times in process (Django's test client, no network)
and print requests per second. Run by bench/run.py under two settings modules."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    import django

    django.setup()
    from django.test import Client

    host, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    client = Client(HTTP_HOST=host)
    for _ in range(30):  # warm caches, templates, connection
        response = client.get(path)
        assert response.status_code == 200, response.status_code
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(count):
            client.get(path)
        elapsed = time.perf_counter() - start
        best = max(best, count / elapsed)
    print(f"{best:.1f}")


if __name__ == "__main__":
    main()
