# Autograder that records pass/fail instead of crashing
import torch
from torch.autograd import gradcheck


def student_square(x):
    return x * x


def buggy_cube(x):
    return (x * x * x).detach() + x - x.detach()  # gradient is 1, not 3x^2


x = torch.tensor([1.5, -0.5], dtype=torch.double, requires_grad=True)
for name, fn in [("square", student_square), ("cube", buggy_cube)]:
    ok = gradcheck(fn, (x,), raise_exception=False)
    print(f"{name:<8} {'PASS' if ok else 'FAIL'}")
