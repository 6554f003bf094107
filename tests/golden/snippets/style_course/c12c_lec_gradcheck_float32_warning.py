# Lecture: why gradcheck wants float64 inputs.
import torch
from torch.autograd import gradcheck

torch.manual_seed(1)
x32 = torch.randn(3, requires_grad=True)
try:
    ok = gradcheck(torch.sin, (x32,))
    print("float32 result", ok)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
x64 = x32.detach().double().requires_grad_()
print(gradcheck(torch.sin, (x64,)))
print(gradcheck(lambda t: (t * t).sum(), (x64,)))
