# register_post_accumulate_grad_hook on an attacked input: runs after .grad is written
import torch

x = torch.tensor([0.3, 0.7], requires_grad=True)
seen = []
def after(t):
    seen.append(t.grad.clone())
    with torch.no_grad():
        t.add_(0.1 * t.grad.sign())
h = x.register_post_accumulate_grad_hook(after)
for _ in range(2):
    (x * torch.tensor([1.0, -2.0])).sum().backward()
print(seen)
print(x)
h.remove()
try:
    (x * 2).register_post_accumulate_grad_hook(after)
except RuntimeError as e:
    print("RuntimeError:", e)
