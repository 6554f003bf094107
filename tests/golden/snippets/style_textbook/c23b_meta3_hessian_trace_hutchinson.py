import torch

# Hutchinson estimate of the Hessian trace with Rademacher probes
torch.manual_seed(75)
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
loss = (w ** 4).sum() + w[0] * w[1]
g, = torch.autograd.grad(loss, w, create_graph=True)
estimates = []
for _ in range(20):
    z = torch.randint(0, 2, (3,)).float() * 2 - 1
    hz, = torch.autograd.grad(g, w, grad_outputs=z, retain_graph=True)
    estimates.append((z * hz).sum())
exact = (12 * w.detach() ** 2).sum()
print(torch.stack(estimates).mean().item(), exact.item())
