# calling LBFGS.step without a closure
import torch
w = torch.ones(3, requires_grad=True)
opt = torch.optim.LBFGS([w])
(w ** 2).sum().backward()
try:
    opt.step()
except Exception as e:
    print(type(e).__name__, e)
print(opt.defaults)
