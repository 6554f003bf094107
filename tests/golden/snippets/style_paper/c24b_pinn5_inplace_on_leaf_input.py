# modifying collocation points in place after requires_grad
import torch

x = torch.linspace(0, 1, 4, dtype=torch.float64, requires_grad=True)
try:
    x += 0.1
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    x += 0.1
print(x, x.is_leaf)
u = (x ** 2).sum()
u.backward()
print(x.grad)
