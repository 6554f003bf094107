# optimizer.step(closure) returns the loss the closure computed
import torch

w = torch.nn.Parameter(torch.tensor([2.0]))
opt = torch.optim.SGD([w], lr=0.25)
def closure():
    opt.zero_grad()
    loss = (w - 1.0).pow(2).sum()
    loss.backward()
    return loss
out = opt.step(closure)
print(out, w)
lbfgs = torch.optim.LBFGS([w], lr=1.0, max_iter=5)
out = lbfgs.step(closure)
print(out, w.data.round(decimals=4))
try:
    lbfgs.step()
except TypeError as e:
    print(type(e).__name__, e)
