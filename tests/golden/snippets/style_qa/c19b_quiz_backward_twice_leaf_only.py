# Quiz 68: backward twice when the graph has no saved tensors
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x + 2
y.backward()
y.backward()
print(x.grad)
z = x * x
z.backward()
try:
    z.backward()
except RuntimeError as e:
    print(type(e).__name__)
print(x.grad)
w = 4 * x
w.backward(); w.backward()
print(x.grad)
