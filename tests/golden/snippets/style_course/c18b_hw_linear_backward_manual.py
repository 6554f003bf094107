# HW: implement linear layer backward by hand; graded against autograd
import torch


def linear_backward(x, w, grad_out):
    """Return (grad_x, grad_w, grad_b) for y = x @ w.T + b."""
    return grad_out @ w, grad_out.T @ x, grad_out.sum(0)


torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
w = torch.randn(2, 3, requires_grad=True)
b = torch.randn(2, requires_grad=True)
y = x @ w.T + b
g = torch.randn(4, 2)
y.backward(g)
gx, gw, gb = linear_backward(x.detach(), w.detach(), g)
for name, mine, ref in [("x", gx, x.grad), ("w", gw, w.grad), ("b", gb, b.grad)]:
    print(f"grad_{name}: {'PASS' if torch.allclose(mine, ref) else 'FAIL'}",
          (mine - ref).abs().max().item())
