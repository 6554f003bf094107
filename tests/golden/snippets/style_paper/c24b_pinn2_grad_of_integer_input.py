# collocation points made with arange are integers and cannot require grad
import torch

try:
    x = torch.arange(5).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(5, dtype=torch.float64).requires_grad_()
u = (x ** 2).sum()
print(torch.autograd.grad(u, x))
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
