def main():
    print("main runs")
    raise SystemExit(7)
try:
    main()
finally:
    print("finally before exit")
