import torch
import torch.nn.functional as F

# Piecewise-linear activations: the first gradient still depends on x (through comparisons),
# so it has a graph under create_graph and the second derivative is zero, not an error.
x = torch.tensor([[-2.0, -0.5, 0.25, 1.5], [0.75, -1.25, 3.0, -0.1]], requires_grad=True)
for name, f in [("leaky_relu", lambda t: F.leaky_relu(t, 0.1)), ("hardtanh", F.hardtanh),
                ("relu6", F.relu6), ("softshrink", F.softshrink), ("hardshrink", F.hardshrink),
                ("threshold", lambda t: F.threshold(t, 0.1, 2.0)),
                ("prelu", lambda t: F.prelu(t, torch.tensor([0.25]))),
                ("leaky_relu_", lambda t: F.leaky_relu(t * 1, 0.2, inplace=True))]:
    (g,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    print(name, g, g.requires_grad)
    print("  ", type(g.grad_fn).__name__, [type(n).__name__ for n, _ in g.grad_fn.next_functions])
    (h,) = torch.autograd.grad(g.sum(), x)
    print("  ", h)

# the gradient of the gradient with respect to the gradient itself
gout = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]], requires_grad=True)
(g,) = torch.autograd.grad(F.leaky_relu(x, 0.1), x, gout, create_graph=True)
(hg,) = torch.autograd.grad((g * g).sum(), gout)
print(hg)

# PReLU's weight takes part in the second derivative
w = torch.tensor([0.25], requires_grad=True)
(g,) = torch.autograd.grad(F.prelu(x, w).sum(), x, create_graph=True)
print(torch.autograd.grad((g * g).sum(), w))

# hardsigmoid's backward has no derivative in PyTorch
(g,) = torch.autograd.grad(F.hardsigmoid(x).sum(), x, create_graph=True)
print(type(g.grad_fn).__name__, g.requires_grad)
torch.autograd.grad(g.sum(), x)
