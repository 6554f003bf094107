# Q: SGD with momentum keeps moving a weight whose gradient I zeroed
import torch

w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
(w * 4).sum().backward()
opt.step()
print(w)
opt.zero_grad(set_to_none=False)
opt.step()
print(w, w.grad)
opt.zero_grad()
opt.step()
print(w, w.grad)
