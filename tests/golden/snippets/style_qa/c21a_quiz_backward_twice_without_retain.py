# Quiz: backward twice through the same graph.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x.sin() * x
y.backward()
print(round(x.grad.item(), 4))
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
