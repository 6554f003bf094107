import torch

torch.manual_seed(0)
mean = torch.zeros(3, requires_grad=True)
std = torch.ones(3, requires_grad=True)

# Samples drawn from tensor parameters: PyTorch records a node, and it sends back zeros
for draw in [lambda: torch.normal(mean, 2.0), lambda: torch.normal(0.0, std), lambda: torch.normal(mean, std),
             lambda: torch.bernoulli(mean.sigmoid())]:
    sample = draw()
    print(sample.grad_fn.name())
    sample.sum().backward()
print(mean.grad, std.grad)

m, e = torch.frexp(std * 3)
print(m, e, m.grad_fn)
m.sum().backward()
print(std.grad)

hist = torch.histogram(std * 1, 3)
print(hist.hist.grad_fn.name(), hist.bin_edges.grad_fn.name())
hist.hist.sum().backward()
