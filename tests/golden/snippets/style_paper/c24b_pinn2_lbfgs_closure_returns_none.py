# an LBFGS closure that forgets to return the loss
import torch

w = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([w], max_iter=3)
def closure():
    opt.zero_grad()
    loss = (w - 3) ** 2
    loss.sum().backward()
try:
    opt.step(closure)
except Exception as e:
    print(type(e).__name__, e)
