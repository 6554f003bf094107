import torch
import torch.nn as nn
from torch.optim.optimizer import register_optimizer_step_post_hook

# Logging every optimizer step with hooks
torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
log = []
pre = opt.register_step_pre_hook(lambda o, args, kwargs: log.append(("pre", o.param_groups[0]["lr"])))
post = opt.register_step_post_hook(lambda o, args, kwargs: log.append(("post", round(model.bias.item(), 6))))
every = register_optimizer_step_post_hook(lambda o, args, kwargs: log.append(("global", type(o).__name__)))
for step in range(2):
    opt.zero_grad()
    model(torch.randn(8, 4)).pow(2).mean().backward()
    opt.step()
print(log)
print(type(pre).__module__, type(pre).__name__)
pre.remove(), every.remove()
opt.step()
print(log[-1], len(log))
opt.register_step_pre_hook(lambda o, args, kwargs: (args, {"closure": lambda: 1.5}))
print(opt.step())
opt.register_step_pre_hook(lambda o, args, kwargs: "skip")
opt.step()
