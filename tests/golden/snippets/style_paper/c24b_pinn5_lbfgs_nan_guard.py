# guarding LBFGS against a NaN loss in the closure
import torch

x = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], max_iter=5)
def closure():
    opt.zero_grad()
    loss = (x - 2.0) ** 2
    if torch.isnan(loss).any():
        raise RuntimeError("loss is NaN")
    loss.backward()
    return loss.sum()
out = opt.step(closure)
print(torch.isfinite(out).item(), round(x.item(), 4))
