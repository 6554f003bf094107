import torch

# Exam B4-3. Gradient through gather and scatter.
src = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
idx = torch.tensor([[2, 0], [1, 1]])
g = src.gather(1, idx)
print(g)
g.sum().backward()
print(src.grad)
base = torch.zeros(2, 3, requires_grad=True)
out = base.scatter(1, idx, torch.ones(2, 2))
out.sum().backward()
print(out, base.grad)
