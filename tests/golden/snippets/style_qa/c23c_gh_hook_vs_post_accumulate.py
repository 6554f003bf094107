# Leaf tensor hook vs post-accumulate-grad hook: what each sees.
import torch

w = torch.tensor([1.0, 1.0], requires_grad=True)
w.register_hook(lambda g: print("pre-accumulate", g, w.grad))
w.register_post_accumulate_grad_hook(lambda p: print("post-accumulate", p.grad))
(w * 2).sum().backward()
(w * 3).sum().backward()
print(w.grad)
