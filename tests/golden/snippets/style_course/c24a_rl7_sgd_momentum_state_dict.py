# The whole optimizer state_dict of momentum SGD after two steps
import torch

w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
b = torch.nn.Parameter(torch.tensor(0.5))
opt = torch.optim.SGD([w, b], lr=0.1, momentum=0.9, nesterov=True)
for _ in range(2):
    opt.zero_grad()
    (w.pow(2).sum() + 3 * b).backward()
    opt.step()
print(opt.state_dict())
print(w, b)
