# RMSprop and Adagrad update rules by hand vs torch.optim
import torch

def run(opt_cls, manual, **kw):
    w = torch.tensor([1.0, -3.0], requires_grad=True)
    opt = opt_cls([w], **kw)
    m = torch.tensor([1.0, -3.0]); state = torch.zeros(2)
    for _ in range(3):
        opt.zero_grad(); (w ** 2).sum().backward(); opt.step()
        m, state = manual(m, 2 * m, state)
    return w.detach(), m

rms = lambda m, g, s: (m - 0.01 * g / ((0.99 * s + 0.01 * g * g).sqrt() + 1e-8), 0.99 * s + 0.01 * g * g)
ada = lambda m, g, s: (m - 0.1 * g / ((s + g * g).sqrt() + 1e-10), s + g * g)
print(run(torch.optim.RMSprop, rms, lr=0.01))
print(run(torch.optim.Adagrad, ada, lr=0.1))
