import torch
from torch.autograd import gradcheck

x = torch.tensor([1., 2., 3.], requires_grad=True)
try:
    gradcheck(lambda t: t * 2, (x,))
except Exception as e:
    print(type(e).__name__, e)
d = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(lambda t: t.exp(), (d,), eps=1e-1)
except Exception as e:
    print(type(e).__name__, e)
print(gradcheck(torch.sin, (d,)))
