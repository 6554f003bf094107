import torch

torch.manual_seed(0)
w = torch.ones(3, requires_grad=True)

# Overwriting a non-leaf with random numbers cuts the gradient off: PyTorch's sampler nodes send zeros
for fill in ["normal_()", "uniform_(-1, 1)", "exponential_()", "bernoulli_(0.5)", "random_(10)", "geometric_(0.3)"]:
    h = w * 2
    eval("h." + fill)
    h.sum().backward()
    print(fill, h.grad_fn.name(), w.grad)
    w.grad = None

h = w * 2
h.copy_(torch.zeros(3))
print(h.grad_fn.name())

# a transposed tensor is filled in memory order
x = torch.zeros(3, 2).t()
x.normal_()
print(x)
print(torch.zeros(2, 4).t().uniform_())
print(torch.zeros(2, 3).t().bernoulli_(0.5))
