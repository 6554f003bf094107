# Quiz B21: what is inside an optimizer's state_dict after one Adam step?
import torch

p = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
opt = torch.optim.Adam([p], lr=0.1, betas=(0.8, 0.9))
(p * p).sum().backward()
opt.step()
sd = opt.state_dict()
print(sorted(sd.keys()))
print(sd["param_groups"])
st = sd["state"][0]
print(sorted(st.keys()), st["step"])
print(st["exp_avg"], st["exp_avg_sq"])
print(opt)
