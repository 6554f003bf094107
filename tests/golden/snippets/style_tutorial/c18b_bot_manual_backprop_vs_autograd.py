"""Backpropagation by hand for a single neuron, checked against autograd."""
import torch

torch.manual_seed(0)
x = torch.randn(3)
w = torch.randn(3, requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)

z = w @ x + b
a = torch.sigmoid(z)
loss = (a - 1.0) ** 2
loss.backward()

# manual: dL/da = 2(a-1), da/dz = a(1-a), dz/dw = x
dL_dz = 2 * (a - 1.0) * a * (1 - a)
print("autograd dw:", w.grad)
print("manual   dw:", (dL_dz * x).detach())
print("autograd db:", b.grad, " manual db:", dL_dz.detach())
print("max abs diff:", (w.grad - dL_dz * x).abs().max().item())
