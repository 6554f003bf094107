# Gradients of the smooth activations, every bit shown (tolist gives each float32 exactly):
# vector blocks and the scalar tail of PyTorch's loops round differently.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for shape in [(3,), (5, 7), (2, 37)]:
    x = (torch.randn(*shape) * 3).requires_grad_()
    g = torch.randn(*shape)
    for name, f in [("silu", F.silu), ("elu", F.elu), ("selu", F.selu),
                    ("celu", lambda t: F.celu(t, alpha=0.7)), ("softplus", F.softplus),
                    ("softplus_beta", lambda t: F.softplus(t, beta=2.0, threshold=5.0))]:
        x.grad = None
        f(x).backward(g)
        print(name, shape, x.grad.flatten().tolist())

layer = torch.nn.SiLU()
w = torch.randn(4, 3, requires_grad=True)
loss = layer(torch.randn(6, 4) @ w).pow(2).mean()
loss.backward()
print(loss.item(), w.grad.flatten().tolist())

# a transposed input: PyTorch's loop follows the gradient's layout, so all of it is scalar code
x = (torch.randn(40, 6) * 3).requires_grad_()
F.silu(x.t()).backward(torch.randn(6, 40))
print(x.grad.flatten().tolist()[:40])
