# gradients reach the attention vector through an edge softmax
import torch

a = torch.tensor([0.5, -0.5], requires_grad=True)
h = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
src = torch.tensor([1, 2, 0])
dst = torch.tensor([0, 0, 1])
e = (h[src] * a).sum(-1)
w = torch.zeros(3).index_add(0, dst, e.exp())
alpha = e.exp() / w[dst]
out = torch.zeros(3, 2).index_add(0, dst, alpha.unsqueeze(1) * h[src])
out.sum().backward()
print(alpha)
print(a.grad)
