# register_post_accumulate_grad_hook runs after .grad has been written.
import torch

p = torch.tensor([0.5, -0.5], requires_grad=True)
seen_grads = []

def after(t):
    seen_grads.append(t.grad.clone())

p.register_post_accumulate_grad_hook(after)
(p * 5).sum().backward()
p.pow(2).sum().backward()
print(seen_grads)
print(p.grad)
