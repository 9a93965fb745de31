fn main() -> std::process::ExitCode {
    gcstress::cli::main()
}
