# d2l backpropagation through time: gradients of the last output w.r.t. earlier hidden states shrink or grow.
import torch

torch.manual_seed(47)
T, h = 12, 4
for scale in (0.5, 1.5):
    W_hh = (torch.randn(h, h) * scale / h ** 0.5).requires_grad_()
    W_xh = torch.randn(3, h) * 0.5
    xs = torch.randn(T, 3)
    H = torch.zeros(h)
    states = []
    for t in range(T):
        H = torch.tanh(xs[t] @ W_xh + H @ W_hh)
        H.retain_grad()
        states.append(H)
    out = states[-1].sum()
    out.backward()
    norms = [s.grad.norm().item() for s in states]
    print(scale, [f"{n:.2e}" for n in norms[::3]])
    print(norms[0] < norms[-1], len(states))
x = torch.tensor(0.5, requires_grad=True)
hs = [x]
for t in range(5):
    hs.append(torch.tanh(2.0 * hs[-1]))
grads = torch.autograd.grad(hs[-1], hs[:-1])
print([round(g.item(), 6) for g in grads])
