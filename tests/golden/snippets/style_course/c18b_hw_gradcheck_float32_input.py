# Student ran gradcheck with float32 inputs
import torch
from torch.autograd import gradcheck

x = torch.tensor([0.3, 0.7], requires_grad=True)
try:
    result = gradcheck(torch.sin, (x,))
    print("result:", result)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
x64 = x.detach().double().requires_grad_()
print("float64:", gradcheck(torch.sin, (x64,)))
