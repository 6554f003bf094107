# fast.ai from scratch: lin/relu/mse with hand-written backward, compared with autograd
import torch

def lin(x, w, b):
    return x @ w + b

def mse(output, targ):
    return (output.squeeze(-1) - targ).pow(2).mean()

def lin_grad(inp, out, w, b):
    inp.g = out.g @ w.t()
    w.g = inp.t() @ out.g
    b.g = out.g.sum(0)

def forward_and_backward(inp, targ):
    l1 = lin(inp, w1, b1)
    l2 = l1.clamp_min(0.)
    out = lin(l2, w2, b2)
    diff = out[:, 0] - targ
    loss = diff.pow(2).mean()
    out.g = 2. * diff[:, None] / inp.shape[0]
    lin_grad(l2, out, w2, b2)
    l1.g = (l1 > 0).float() * l2.g
    lin_grad(inp, l1, w1, b1)
    return loss

torch.manual_seed(42)
x_train, y_train = torch.randn(10, 4), torch.randn(10)
w1, b1 = torch.randn(4, 6), torch.zeros(6)
w2, b2 = torch.randn(6, 1), torch.zeros(1)
loss = forward_and_backward(x_train, y_train)
grads = w1.g, b1.g, w2.g, b2.g
ptgrads = [p.clone().requires_grad_(True) for p in (w1, b1, w2, b2)]
mse(lin(lin(x_train, *ptgrads[:2]).relu(), *ptgrads[2:]), y_train).backward()
for mine, p in zip(grads, ptgrads):
    print(torch.allclose(mine, p.grad, rtol=1e-3, atol=1e-5), (mine - p.grad).abs().max().item())
print(loss, b2.g)
