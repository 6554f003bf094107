# Q: "with torch.no_grad:" without the parentheses
import torch

w = torch.tensor([1.0], requires_grad=True)
try:
    with torch.no_grad:
        y = w * 2
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    torch.set_grad_enabled()
except TypeError as e:
    print(e)
with torch.no_grad():
    y = w * 2
print(y.requires_grad)
