# no_grad / enable_grad / set_grad_enabled / inference_mode as context managers and decorators
import torch

x = torch.tensor([1.], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad)

@torch.no_grad()
def doubler(x):
    return x * 2
print(doubler(x).requires_grad)
with torch.no_grad():
    with torch.enable_grad():
        y = x * 2
print(y.requires_grad)
is_train = False
with torch.set_grad_enabled(is_train):
    y = x * 2
print(y.requires_grad)
torch.set_grad_enabled(True)
with torch.inference_mode():
    y = x * 2
print(y.requires_grad, y.is_inference(), torch.is_grad_enabled())
