require("./main.cjs").run(process.argv.slice(2)).then(c=>process.exitCode=c)
