# "how do I get d(output_i)/d(x) for a batch of outputs? backward() complains"
import torch

w = torch.tensor([[1.0, -1.0], [0.5, 2.0]], requires_grad=True)
inputs = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
per_sample = (inputs @ w).relu().sum(dim=1)
print(per_sample)
try:
    per_sample.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
weights = torch.tensor([1.0, 0.0, 2.0])
(g_weighted,) = torch.autograd.grad(per_sample, w, grad_outputs=weights, retain_graph=True)
print(g_weighted)
rows = [torch.autograd.grad(per_sample[i], w, retain_graph=True)[0] for i in range(3)]
print(torch.stack(rows).shape, torch.allclose(sum(r * c for r, c in zip(rows, weights)), g_weighted))
try:
    torch.autograd.grad(per_sample, w, grad_outputs=torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
