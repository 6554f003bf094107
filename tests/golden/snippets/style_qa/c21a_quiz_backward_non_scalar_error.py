# Quiz: backward() on a vector output.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
y.backward(torch.tensor([1.0, 0.5]))
print(x.grad)
