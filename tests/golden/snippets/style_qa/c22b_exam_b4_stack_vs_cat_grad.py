import torch

# Exam B4-13. Gradients flow back through stack/cat/split to each piece.
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
s = torch.stack([a, b])
c = torch.cat([a, b])
(s * torch.tensor([[1.0], [2.0]])).sum().backward(retain_graph=True)
print(a.grad, b.grad)
p1, p2 = c.split([3, 1])
(p1.sum() * 2 + p2.sum() * 5).backward()
print(a.grad, b.grad)
print(s.grad_fn.name(), c.grad_fn.name(), p1.grad_fn.name())
