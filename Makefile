# The front door. `make run` and `make test` are the README's two commands.
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

.PHONY: deps deps-test build build-asan run test bench format format-check tidy clean

deps:
	@scripts/deps.sh run

deps-test:
	@scripts/deps.sh test

build: deps
	cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIZLINE_TESTS=OFF
	cmake --build build/release -j $(JOBS)

build-asan: deps-test
	cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBIZLINE_SANITIZE=ON
	cmake --build build/asan -j $(JOBS)

# Builds, migrates, loads demo data into var/bizline.db if empty, and serves.
run: build
	@scripts/run.sh build/release/bizline

# Builds the sanitizer build and runs every test tier (PostgreSQL is started by the script).
test: build-asan
	@scripts/test.sh build/asan

bench: build
	@bench/run.sh

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

tidy:
	@git ls-files 'src/*.cpp' | xargs clang-tidy -p build/asan --quiet

clean:
	rm -rf build
