# Quiz: calling backward on something that does not require grad.
import torch

x = torch.tensor([1.0, 2.0])
y = (x ** 2).sum()
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.grad)
