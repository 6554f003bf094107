import torch

# z* = tanh(a z* + b); dz*/da via the implicit function theorem
a = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(0.3)
z = torch.tensor(0.0)
with torch.no_grad():
    for _ in range(60):
        z = torch.tanh(a * z + b)
print(f"z* = {z.item():.4f}")
z = z.requires_grad_()
fz = torch.tanh(a * z + b)
dfdz, dfda = torch.autograd.grad(fz, (z, a))
dz_da = dfda / (1 - dfdz)
print(f"dz*/da = {dz_da.item():.4f}")
print(dfdz.requires_grad, dfda.shape)
