import torch
import torch.nn.functional as F

# Under create_graph an activation's or a loss's gradient is one node, PyTorch's named backward
# op (GeluBackwardBackward0, ...), and its second derivative follows that op's own formula.
torch.set_printoptions(precision=10)
torch.manual_seed(0)
x = (torch.randn(3, 5) * 2).requires_grad_()
v = torch.randn(3, 5)
target = torch.tensor([1, 4, 0])
ops = [("gelu", F.gelu), ("elu", F.elu),
       ("selu", F.selu), ("celu", lambda t: F.celu(t, 0.7)), ("softplus", lambda t: F.softplus(t, 2.0, 1.0)),
       ("logsigmoid", F.logsigmoid), ("hardswish", F.hardswish), ("softmax", lambda t: F.softmax(t, 1)),
       ("log_softmax", lambda t: F.log_softmax(t, 1)), ("cross_entropy", lambda t: F.cross_entropy(t, target)),
       ("nll_loss", lambda t: F.nll_loss(t, target, reduction="sum")),
       ("mse_loss", lambda t: F.mse_loss(t, torch.ones_like(t))),
       ("smooth_l1_loss", lambda t: F.smooth_l1_loss(t, torch.zeros_like(t), beta=0.5)),
       ("huber_loss", lambda t: F.huber_loss(t, torch.zeros_like(t), reduction="sum", delta=0.7))]
for name, f in ops:
    y = f(x)
    (g,) = torch.autograd.grad(y, x, torch.ones_like(y) if y.ndim else None, create_graph=True)
    node = g.grad_fn
    print(name, type(node).__name__, [type(n).__name__ for n, _ in node.next_functions])
    (h,) = torch.autograd.grad(g, x, v)
    print(g)
    print(h)
    print(h.sum().item())

# the gradient of the gradient with respect to the first pass's gradient
gout = torch.randn(3, 5, requires_grad=True)
(g,) = torch.autograd.grad(F.gelu(x), x, gout, create_graph=True)
print(torch.autograd.grad(g, gout, v))
