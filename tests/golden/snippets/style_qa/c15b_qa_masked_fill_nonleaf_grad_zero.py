# Q: masked_fill_ on an activation — does the gradient still flow to masked positions?
import torch

x = torch.tensor([1.0, -2.0, 3.0, -4.0], requires_grad=True)
h = x * 2
mask = h < 0
h.masked_fill_(mask, 0.0)
print(h, h.grad_fn)
(h ** 2).sum().backward()
print(x.grad)
scores = torch.tensor([[0.5, 1.0], [2.0, 0.1]], requires_grad=True)
masked = scores.masked_fill(torch.tensor([[False, True], [False, False]]), float('-inf'))
p = masked.softmax(-1)
p[:, 0].sum().backward()
print(p, scores.grad)
