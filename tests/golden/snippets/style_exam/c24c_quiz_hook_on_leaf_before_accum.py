# Quiz 45: post-accumulate hook vs tensor hook order
import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)
log = []
p.register_hook(lambda g: log.append(("hook", g.tolist())))
p.register_post_accumulate_grad_hook(lambda t: log.append(("post", t.grad.tolist())))
(p * 3).sum().backward()
(p * 3).sum().backward()
for entry in log:
    print(entry)
