import torch

torch.set_default_dtype(torch.float64)
# Approximate inverse-Hessian-vector product with a truncated Neumann series of HVPs
A = torch.tensor([[2.0, 0.3], [0.3, 1.0]])
w = torch.tensor([0.2, 0.1], requires_grad=True)
g, = torch.autograd.grad(0.5 * w @ A @ w, w, create_graph=True)
v = torch.tensor([1.0, -1.0])
p = v.clone()
acc = v.clone()
eta = 0.4
for k in range(30):
    hv, = torch.autograd.grad(g, w, grad_outputs=p, retain_graph=True)
    p = p - eta * hv
    acc = acc + p
approx = eta * acc
print(approx.round(decimals=5))
print(torch.linalg.solve(A, v).round(decimals=5))
