# Autograder output: a table of test results
import torch

torch.manual_seed(0)
x = torch.randn(6)
tests = {
    "relu": (lambda t: t.clamp(min=0), torch.relu),
    "abs": (lambda t: torch.sqrt(t * t), torch.abs),
    "sign": (lambda t: t / t.abs(), torch.sign),
    "exp": (lambda t: 2.718281828 ** t, torch.exp),
}
score = 0
for name, (student, ref) in tests.items():
    ok = torch.allclose(student(x), ref(x))
    score += ok
    print(f"{name:<6}|{'PASS' if ok else 'FAIL':^6}|")
print(f"score: {score}/{len(tests)}")
