import torch

# Exam B2-24. Before any backward pass, what is bias.grad, and what happens if you zero it?
bias = torch.zeros(3, requires_grad=True)
print("initial:", bias.grad)
try:
    bias.grad.add_(1.0)
except AttributeError as err:
    print(type(err).__name__, "-", err)
(bias.exp() * 2).sum().backward()
print("after backward:", bias.grad)
bias.grad.zero_()
print("zeroed:", bias.grad)
