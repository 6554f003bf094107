# Quiz: after zero_() versus after setting to None, what does x.grad look like?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
(x * 2).sum().backward()
x.grad.zero_()
print(x.grad)
x.grad = None
print(x.grad)
try:
    x.grad.zero_()
except AttributeError as e:
    print(type(e).__name__, e)
