# Quiz 45: post-accumulate hook vs tensor hook order
import torch

param = torch.tensor([1.0, 2.0], requires_grad=True)
events = []
param.register_hook(lambda g: events.append(("hook", g.tolist())))
param.register_post_accumulate_grad_hook(lambda t: events.append(("post", t.grad.tolist())))
(param * 3).sum().backward()
(param * 3).sum().backward()
for ev in events:
    print(ev)
