import torch

# Exam B4-14. Reduce a broadcast gradient back to the input's shape by hand.
g = torch.arange(12.0).view(3, 4)
print(g.sum_to_size(1, 4), g.sum_to_size(3, 1))
x = torch.ones(1, 4, requires_grad=True)
y = torch.ones(3, 1, requires_grad=True)
(x * y * g).sum().backward()
print(torch.equal(x.grad, g.sum_to_size(1, 4)), y.grad.flatten())
