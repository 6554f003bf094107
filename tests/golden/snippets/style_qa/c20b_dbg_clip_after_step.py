# clipping gradients after optimizer.step() does nothing
import torch

torch.manual_seed(42)
w = torch.nn.Parameter(torch.tensor([3.0, 4.0]))
opt = torch.optim.SGD([w], lr=0.1)
(w ** 2).sum().backward()
print(w.grad.norm())
opt.step()
total = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
print(total, w.grad.norm(), w)
w.grad = None
(w ** 2).sum().backward()
torch.nn.utils.clip_grad_norm_([w], 1.0)
print(w.grad)
