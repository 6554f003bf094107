# LBFGS.step needs a closure
import torch

w = torch.zeros(3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([w])
try:
    opt.step()
except Exception as e:
    print(type(e).__name__, e)
print(opt)
print(opt.defaults["history_size"], opt.defaults["tolerance_grad"])
