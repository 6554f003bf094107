# Quiz: nested grad-mode contexts. Which y requires grad?
import torch

x = torch.ones(1, requires_grad=True)
with torch.no_grad():
    y1 = x * 2
    with torch.enable_grad():
        y2 = x * 2
    y3 = x * 2
print(y1.requires_grad, y2.requires_grad, y3.requires_grad)
print(torch.is_grad_enabled())
