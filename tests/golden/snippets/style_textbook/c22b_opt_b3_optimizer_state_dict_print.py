import torch

p1 = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
p2 = torch.nn.Parameter(torch.tensor([[0.5]]))
opt = torch.optim.SGD([{"params": [p1]}, {"params": [p2], "lr": 0.5}], lr=0.1, momentum=0.9)
(p1.sum() + p2.sum()).backward()
opt.step()
print(opt.state_dict())
