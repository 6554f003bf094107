import torch

# Gradient penalty: norm of d critic / d input, pushed toward 1
torch.manual_seed(2)
w = torch.tensor([[0.5, -1.0], [2.0, 0.25]], requires_grad=True)
def critic(x):
    return (torch.relu(x * w[0]) * w[1]).sum(dim=1)
real = torch.randn(3, 2)
fake = torch.randn(3, 2)
eps = torch.rand(3, 1)
mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
out = critic(mix)
g, = torch.autograd.grad(out, mix, grad_outputs=torch.ones_like(out), create_graph=True)
print(g)
penalty = ((g.norm(2, dim=1) - 1) ** 2).mean()
print(f"{penalty.item():.4f}", penalty.grad_fn.name())
penalty.backward()
print(w.grad)
