# Quiz: when does a post-accumulate-grad hook run, and what does it see?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.register_post_accumulate_grad_hook(lambda t: print("after accumulate", t.grad))
w.register_hook(lambda g: print("before", g))
(w * 4).sum().backward()
(w * 4).sum().backward()
print(w.grad)
