import torch

x = torch.tensor([[1.0, 1.0], [2.0, 0.0], [0.0, 3.0]])
src = torch.tensor([0, 1, 2, 0])
dst = torch.tensor([1, 2, 0, 2])
w = torch.tensor([0.5, 2.0, 1.0, 0.25], requires_grad=True)
out = torch.zeros(3, 2).index_add(0, dst, x[src] * w.unsqueeze(-1))
print(out)
out.sum().backward()
print(w.grad)
