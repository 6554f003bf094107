# Q: what is inside optimizer.state_dict() after a couple of steps?
import torch

w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
opt = torch.optim.Adam([w], lr=0.1, betas=(0.8, 0.99))
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
sd = opt.state_dict()
print(sd.keys())
print(sd['state'])
print(sd['param_groups'])
opt2 = torch.optim.Adam([torch.nn.Parameter(torch.zeros(2))], lr=1.0)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]['lr'], opt2.state_dict()['state'][0]['step'])
