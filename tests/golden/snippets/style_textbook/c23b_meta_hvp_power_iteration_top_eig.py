import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
def loss(w):
    return 0.5 * w @ A @ w
w = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
g, = torch.autograd.grad(loss(w), w, create_graph=True)
v = torch.ones(3) / 3 ** 0.5
for _ in range(50):
    hv, = torch.autograd.grad(g, w, grad_outputs=v, retain_graph=True)
    v = hv / hv.norm()
eig = (v @ torch.autograd.grad(g, w, grad_outputs=v)[0]).item()
print(round(eig, 4), round(torch.linalg.eigvalsh(A).max().item(), 4))
