# gradcheck's keyword options change what is checked and how failures read
import torch
from torch.autograd import gradcheck, gradgradcheck

def run(fn, inputs, **kwargs):
    try:
        print(gradcheck(fn, inputs, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

x = torch.tensor([1.0, 2.0, -0.5], dtype=torch.float64, requires_grad=True)
w = torch.tensor([[0.5, -1.0]], dtype=torch.float64, requires_grad=True)
run(lambda a: (a ** 2).detach() + a, (x,), fast_mode=True)
run(lambda a, b: (a.sum() * b, b.exp()), (x, w), fast_mode=True)
run(lambda a, b: (a[:2] * b, b.detach() * 3), (x, w), fast_mode=True)
run(lambda a: (a ** 2).detach() + a * 1.999, (x,), fast_mode=True, atol=1e-2, rtol=1e-2)
run(lambda a: [a * 3, a.sum()], (x,))
run(lambda a: a.int(), (x,))
run(lambda a: a.int(), (x,), fast_mode=True)
run(lambda a: a * 2, (x,), fast=True)
run(lambda a: a * 2, (x,), check_backward_ad=False)
run(lambda a: a.sqrt(), (torch.tensor([0.0, 4.0], dtype=torch.float64, requires_grad=True),))
run(lambda a: a.exp(), (x,), check_forward_ad=True, check_backward_ad=False)
print(gradgradcheck(lambda a: a ** 3, (x,), (torch.ones(3, dtype=torch.float64, requires_grad=True),)))
print(gradgradcheck(lambda a: a.sin() * a, (x,), fast_mode=True))
try:
    gradgradcheck(lambda a: a ** 3, (x,), check_rev_over_rev=False)
except AssertionError as e:
    print("AssertionError:", e)
