# Q: my optimizer does nothing - the tensor never got a grad
import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0])
opt = torch.optim.SGD([w], lr=0.5)
loss = (w ** 2).sum()
print(loss.requires_grad)
opt.step()
print(w, w.grad)
w.requires_grad_()
opt.zero_grad()
(w ** 2).sum().backward()
opt.step()
print(w, w.grad)
