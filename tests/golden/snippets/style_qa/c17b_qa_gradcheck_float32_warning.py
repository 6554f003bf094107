# Q: gradcheck fails on my float32 function
import torch
from torch.autograd import gradcheck

x32 = torch.tensor([0.3, 0.7], requires_grad=True)
try:
    print(gradcheck(torch.sin, (x32,), eps=1e-6, atol=1e-4))
except RuntimeError as e:
    print(str(e).splitlines()[0])
x64 = x32.detach().double().requires_grad_()
print(gradcheck(torch.sin, (x64,)))
print(torch.autograd.gradgradcheck(torch.sin, (x64,)))
