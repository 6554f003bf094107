import torch

scores = torch.tensor([0.3, 1.2, -0.4, 0.8], requires_grad=True)
dst = torch.tensor([0, 0, 1, 1])
e = scores.exp()
den = torch.zeros(2).index_add(0, dst, e)
alpha = e / den[dst]
vals = torch.tensor([1.0, 2.0, 3.0, 4.0])
out = torch.zeros(2).index_add(0, dst, alpha * vals)
print(alpha)
print(out)
out.sum().backward()
print(scores.grad)
