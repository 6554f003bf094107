# Autograder: gradcheck over several student functions, printed as a table
import torch
from torch.autograd import gradcheck

funcs = {
    "square": lambda x: x * x,
    "softsign": lambda x: x / (1 + x.abs()),
    "bad_exp": lambda x: x.exp().detach() + x,
    "logistic": torch.sigmoid,
}
x = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
for name, fn in funcs.items():
    ok = gradcheck(fn, (x,), raise_exception=False)
    fast = gradcheck(fn, (x,), raise_exception=False, fast_mode=True)
    print(f"{name:<9}| slow {'PASS' if ok else 'FAIL'} | fast {'PASS' if fast else 'FAIL'}")
