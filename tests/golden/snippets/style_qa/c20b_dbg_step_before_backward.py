# calling optimizer.step() before loss.backward()
import torch

torch.manual_seed(23)
w = torch.nn.Parameter(torch.randn(2))
opt = torch.optim.SGD([w], lr=0.5)
before = w.detach().clone()
loss = (w ** 2).sum()
opt.step()
print(torch.equal(before, w.detach()), w.grad)
loss.backward()
opt.step()
print(w.grad)
print(w)
