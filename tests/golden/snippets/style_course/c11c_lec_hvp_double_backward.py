# Lecture: Hessian-vector products without forming the Hessian (double backward trick).
import torch

torch.manual_seed(0)
A = torch.randn(4, 4, dtype=torch.float64)
A = A @ A.T + torch.eye(4, dtype=torch.float64)
b = torch.randn(4, dtype=torch.float64)

def f(x):
    return 0.5 * x @ A @ x - b @ x + torch.sin(x).sum()

x = torch.randn(4, dtype=torch.float64, requires_grad=True)
v = torch.tensor([1.0, 0.0, -1.0, 0.5], dtype=torch.float64)
g = torch.autograd.grad(f(x), x, create_graph=True)[0]
print("grad:", g)
hv = torch.autograd.grad(g @ v, x)[0]
print("Hv (double backward):", hv)
H = A - torch.diag(torch.sin(x.detach()))
print("Hv (by hand):        ", H @ v)
print("max abs diff:", (hv - H @ v).abs().max().item())
x32 = x.detach().float().requires_grad_()
g32 = torch.autograd.grad((x32 ** 4).sum(), x32, create_graph=True)[0]
hv32 = torch.autograd.grad(g32, x32, grad_outputs=v.float())[0]
print(hv32, 12 * x32.detach() ** 2 * v.float())
