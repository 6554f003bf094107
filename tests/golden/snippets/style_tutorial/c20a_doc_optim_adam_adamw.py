# Adam, AdamW (amsgrad), Adagrad, RMSprop on the same parameters
import torch

def run(opt_cls, **kw):
    torch.manual_seed(0)
    w = torch.randn(3, requires_grad=True)
    opt = opt_cls([w], **kw)
    for _ in range(5):
        opt.zero_grad()
        (w ** 2).sum().backward()
        opt.step()
    return w

print(run(torch.optim.Adam, lr=0.1))
print(run(torch.optim.AdamW, lr=0.1, amsgrad=True))
print(run(torch.optim.Adagrad, lr=0.1))
print(run(torch.optim.RMSprop, lr=0.01, alpha=0.9, centered=True))
print(run(torch.optim.Adam, lr=0.1, betas=(0.8, 0.99), weight_decay=0.1))
