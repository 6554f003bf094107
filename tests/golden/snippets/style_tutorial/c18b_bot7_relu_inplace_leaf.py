"""In-place activation on a leaf tensor that requires grad."""
import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    F.relu(x, inplace=True)
except RuntimeError as e:
    print("RuntimeError:", e)
y = F.relu(x * 1, inplace=True)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
