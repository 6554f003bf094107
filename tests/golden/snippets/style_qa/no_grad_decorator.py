# Q: torch.no_grad as a decorator and set_grad_enabled as a switch.
import torch

x = torch.ones(2, requires_grad=True)

@torch.no_grad()
def evaluate(t):
    return t * 2

@torch.enable_grad()
def inside(t):
    return t * 2

print(evaluate(x).requires_grad)
with torch.no_grad():
    print(inside(x).requires_grad, (x * 2).requires_grad)
is_train = False
with torch.set_grad_enabled(is_train):
    y = x * 2
print(y.requires_grad)
torch.set_grad_enabled(False)
print((x * 3).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
print((x * 3).grad_fn)
